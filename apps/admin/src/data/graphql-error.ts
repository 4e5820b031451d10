import { HttpError } from 'ra-core';

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: string };
}

const STATUS_BY_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

/**
 * Turns what Apollo Client throws into an HttpError with the server's own (Swedish) message and a
 * status that the auth provider understands: 401 signs the user out, 403 stays and shows the message.
 */
export function toHttpError(error: unknown): HttpError | unknown {
  const apollo = error as {
    graphQLErrors?: GraphQLErrorLike[];
    networkError?: { statusCode?: number; result?: { errors?: GraphQLErrorLike[] } } | null;
  };
  if (!apollo || (!apollo.graphQLErrors && apollo.networkError === undefined)) return error;
  const errors = [...(apollo.graphQLErrors ?? []), ...(apollo.networkError?.result?.errors ?? [])];
  const first = errors[0];
  if (first) {
    const status = STATUS_BY_CODE[first.extensions?.code ?? ''] ?? apollo.networkError?.statusCode ?? 500;
    return new HttpError(errors.map((e) => e.message).join(' '), status, { errors });
  }
  if (apollo.networkError) return new HttpError('bt.errors.network', apollo.networkError.statusCode ?? 0);
  return error;
}

import { ApolloClient, HttpLink, InMemoryCache, from, gql } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import buildGraphQLProvider from 'ra-data-graphql';
import type { DataProvider } from 'ra-core';
import { buildQuery } from './build-query';
import { toHttpError, type Language } from './graphql-error';

export interface DataProviderOptions {
  graphqlUrl: string;
  /** The signed-in user's token, read for every request. */
  token: () => string | undefined;
  /** The chosen language, for the server's refusals. */
  language: Language;
}

/** The data provider, plus one method for the graph's workflow operations that are not plain CRUD. */
export interface BtDataProvider extends DataProvider {
  graphql<T = Record<string, unknown>>(document: string, variables?: Record<string, unknown>): Promise<T>;
}

/** react-admin's data provider over the gateway: ra-data-graphql with the project's own buildQuery. */
export function createDataProvider(options: DataProviderOptions): BtDataProvider {
  const authorization = setContext((_, { headers }) => {
    const token = options.token();
    return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const client = new ApolloClient({
    link: from([authorization, new HttpLink({ uri: options.graphqlUrl })]),
    cache: new InMemoryCache(),
  });
  const provider = buildGraphQLProvider({
    client,
    introspection: false,
    buildQuery: () => buildQuery,
    query: () => ({ fetchPolicy: 'no-cache' }),
    mutation: () => ({ fetchPolicy: 'no-cache' }),
  });
  const withGraphQL = Object.assign(provider, {
    async graphql(document: string, variables: Record<string, unknown> = {}) {
      const parsed = gql(document);
      const isMutation = parsed.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation');
      const result = isMutation
        ? await client.mutate({ mutation: parsed, variables, fetchPolicy: 'no-cache' })
        : await client.query({ query: parsed, variables, fetchPolicy: 'no-cache' });
      return result.data;
    },
  }) as BtDataProvider;
  return new Proxy(withGraphQL, {
    get(target, method: string) {
      const value = Reflect.get(target, method);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        Promise.resolve(value.apply(target, args)).catch((error: unknown) => {
          throw toHttpError(error, options.language);
        });
    },
  });
}

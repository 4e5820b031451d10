import { GraphQLError } from 'graphql';
import { problem, type Problem } from '@bt/domain';

export const UNAUTHENTICATED = 'UNAUTHENTICATED';
export const FORBIDDEN = 'FORBIDDEN';
/** A subgraph or the gateway could not reach a service it needs: try again later, nothing is wrong with the request. */
export const UNAVAILABLE = 'UNAVAILABLE';

/** No token, or a token that is invalid or expired: the caller must sign in (again). */
export function unauthenticated(message = 'Du är inte inloggad. Logga in och försök igen.', code = 'NOT_SIGNED_IN'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: UNAUTHENTICATED, problems: [problem(code, message)], http: { status: 401 } } });
}

/**
 * A signed-in caller whose permission does not reach the operation or the row. `code` says which
 * refusal it is (e.g. `SITE_NOT_IN_SCOPE`), `rule` the rule behind it.
 */
export function forbidden(message = 'Din roll ger inte behörighet till detta.', code = 'NOT_PERMITTED', rule?: string): GraphQLError {
  const problems: Problem[] = [problem(code, message, rule ? { rule } : {})];
  return new GraphQLError(message, { extensions: { code: FORBIDDEN, problems, http: { status: 403 } } });
}

/** A service this request needs did not answer: UNAVAILABLE (HTTP 503), never FORBIDDEN. */
export function unavailable(what: string): GraphQLError {
  const message = `Tjänsten för ${what} svarar inte just nu. Försök igen om en stund.`;
  return new GraphQLError(message, {
    extensions: { code: UNAVAILABLE, problems: [problem('SERVICE_UNAVAILABLE', message, { params: { what } })], http: { status: 503 } },
  });
}

/** FORBIDDEN for a rule's refusal, with all its details (code, rule, field, params). */
export function forbiddenBy(refusal: Problem): GraphQLError {
  return new GraphQLError(refusal.message, { extensions: { code: FORBIDDEN, problems: [refusal], http: { status: 403 } } });
}

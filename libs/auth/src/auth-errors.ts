import { GraphQLError } from 'graphql';

export const UNAUTHENTICATED = 'UNAUTHENTICATED';
export const FORBIDDEN = 'FORBIDDEN';

/** No token, or a token that is invalid or expired: the caller must sign in (again). */
export function unauthenticated(message = 'Du är inte inloggad. Logga in och försök igen.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: UNAUTHENTICATED, http: { status: 401 } } });
}

/** A signed-in caller whose role does not allow the operation. */
export function forbidden(message = 'Din roll ger inte behörighet till detta.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: FORBIDDEN, http: { status: 403 } } });
}

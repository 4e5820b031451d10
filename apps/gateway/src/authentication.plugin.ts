import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { bearerToken, unauthenticated, verifyToken, type AuthConfig } from '@bt/auth';
import { graphqlErrorResponse } from './json-response';

/**
 * Refuses a GraphQL request without a valid token before any planning or subgraph call: no token,
 * a bad or an expired token gets 401 UNAUTHENTICATED and no data. Roles are checked by the subgraphs.
 */
export function useAuthentication(auth: AuthConfig, graphqlEndpoint: string): GatewayPlugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== graphqlEndpoint || request.method === 'OPTIONS') return;
      try {
        const token = bearerToken(request.headers.get('authorization'));
        if (!token) throw unauthenticated();
        verifyToken(token, auth.jwtSecret);
      } catch (error) {
        const refusal = error instanceof GraphQLError ? error : unauthenticated();
        endResponse(graphqlErrorResponse(401, String(refusal.extensions.code), refusal.message));
      }
    },
  };
}

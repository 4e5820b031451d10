import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { bearerToken, unauthenticated, TokenVerifier, type AuthConfig } from '@bt/auth';
import type { CurrentViewers } from './current-viewers';
import { graphqlErrorResponse } from './json-response';

/**
 * Refuses a GraphQL request without a valid token before any planning or subgraph call: no token, a bad,
 * an expired token, or one whose holder no longer exists with its roles (CurrentViewers) gets 401
 * UNAUTHENTICATED and no data. Roles are checked by the subgraphs. Only the exact endpoint reaches this:
 * useHttpHardening refuses every other path first.
 */
export function useAuthentication(auth: AuthConfig, graphqlEndpoint: string, currentViewers: CurrentViewers): GatewayPlugin {
  const tokens = new TokenVerifier(auth.jwtSecret);
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== graphqlEndpoint || request.method === 'OPTIONS') return;
      try {
        const token = bearerToken(request.headers.get('authorization'));
        if (!token) throw unauthenticated();
        await currentViewers.confirm(token, tokens.verify(token));
      } catch (error) {
        const refusal = error instanceof GraphQLError ? error : unauthenticated();
        const status = (refusal.extensions.http as { status?: number } | undefined)?.status ?? 401;
        endResponse(graphqlErrorResponse(status, String(refusal.extensions.code), refusal.message));
      }
    },
  };
}

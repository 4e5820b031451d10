import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { signToken, type AuthConfig, type Viewer } from '@bt/auth';
import { jsonResponse } from './json-response';
import { socketAddress } from './client-address';
import type { SignInAudit } from './sign-in-audit';

export const DEV_TOKEN_PATH = '/auth/dev-token';
export const DEV_USERS_PATH = '/auth/dev-users';

/**
 * Development sign-in: POST /auth/dev-token with {"username": "…"} answers {"token": "…"} for a seeded
 * person, and GET /auth/dev-users lists those people for the dashboard's sign-in page. Only installed
 * in development mode; otherwise neither path exists.
 */
export function useDevToken(auth: AuthConfig, viewers: ReadonlyMap<string, Viewer>, auditSignIn: SignInAudit): GatewayPlugin {
  const demoUsers = [...viewers.values()].map(({ username, name, roles }) => ({ username, name, roles }));
  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      if (url.pathname === DEV_USERS_PATH && request.method === 'GET') return endResponse(jsonResponse(200, demoUsers));
      if (url.pathname !== DEV_TOKEN_PATH) return;
      if (request.method !== 'POST') {
        return endResponse(jsonResponse(405, { error: 'Använd POST med {"username": "…"}.' }));
      }
      let username: unknown;
      try {
        username = ((await request.json()) as { username?: unknown }).username;
      } catch {
        return endResponse(jsonResponse(400, { error: 'Skicka JSON: {"username": "…"}.' }));
      }
      if (typeof username !== 'string' || username.trim() === '') {
        return endResponse(jsonResponse(400, { error: 'Ange ett användarnamn: {"username": "atbt-chef"}.' }));
      }
      const viewer = viewers.get(username.trim());
      if (!viewer) {
        return endResponse(jsonResponse(404, { error: `Ingen demoanvändare heter "${username}". Se README för användarnamnen.` }));
      }
      // every sign-in is audited (sign-in-audit.ts); one that cannot be gets no token
      let requestId: string;
      try {
        requestId = await auditSignIn(viewer, 'DEV', request, socketAddress(serverContext));
      } catch (error) {
        console.warn('[gateway] sign-in', (error as Error).message);
        return endResponse(jsonResponse(503, { error: 'Inloggningen kunde inte loggas just nu. Försök igen om en stund.' }));
      }
      const answer = jsonResponse(200, { token: signToken(viewer, auth.jwtSecret, auth.tokenTtlSeconds), viewer });
      // the id the sign-in was audited with, as every GraphQL answer carries its own
      answer.headers.set('x-request-id', requestId);
      endResponse(answer);
    },
  };
}

import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { graphqlErrorResponse } from './json-response';

/**
 * The gateway's HTTP surface before the runtime sees a request: GraphQL only at exactly `graphqlEndpoint`
 * (no trailing slash, double slash, other case or `;…` variant: those get 404, so the token check
 * cannot be bypassed by a path the runtime would also serve), only POST with a JSON body (GET 405,
 * form-encoded or multipart 415), and every answer marked nosniff and no-store.
 */
export function useHttpHardening(graphqlEndpoint: string): GatewayPlugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== graphqlEndpoint) {
        return endResponse(graphqlErrorResponse(404, 'NOT_FOUND', `Här finns inget. GraphQL finns på ${graphqlEndpoint}.`));
      }
      if (request.method === 'OPTIONS') return;
      if (request.method !== 'POST') {
        const refusal = graphqlErrorResponse(405, 'METHOD_NOT_ALLOWED', 'Skicka GraphQL med POST och en JSON-kropp.');
        refusal.headers.set('allow', 'POST');
        return endResponse(refusal);
      }
      const mediaType = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
      if (mediaType !== 'application/json') {
        return endResponse(graphqlErrorResponse(415, 'UNSUPPORTED_MEDIA_TYPE', 'Skicka GraphQL som JSON (Content-Type: application/json).'));
      }
    },
    onResponse({ response }) {
      response.headers.set('x-content-type-options', 'nosniff');
      response.headers.set('cache-control', 'no-store');
    },
  };
}

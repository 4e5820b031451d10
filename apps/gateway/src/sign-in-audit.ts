import { randomUUID } from 'node:crypto';
import { ServiceName, ServiceTokens, type AuthConfig, type Viewer } from '@bt/auth';

const RECORD_SIGN_IN = `mutation ($personId: ID!, $username: String!, $method: SignInMethod!, $clientAddress: String) {
  recordSignIn(personId: $personId, username: $username, method: $method, clientAddress: $clientAddress) }`;

export type SignInMethod = 'DEV' | 'OIDC';

/**
 * Records one sign-in and resolves to the request id it was recorded with (for the answer's `x-request-id`);
 * rejects when it could not be recorded (the sign-in then fails: no token unaudited).
 */
export type SignInAudit = (viewer: Viewer, method: SignInMethod, request: Request, clientAddress: string | undefined) => Promise<string>;

/**
 * Sign-ins go to employment's audit trail (the gateway has no database): through the gateway's own
 * graph, in process, as the gateway's service identity (the only one that may call recordSignIn), with
 * the sign-in request's id (`x-request-id`, or a new one) and the client's address as the gateway's
 * socket saw it.
 */
export function signInAudit(auth: AuthConfig, graph: (request: Request) => Promise<Response>, graphqlEndpoint: string): SignInAudit {
  const tokens = new ServiceTokens(ServiceName.GATEWAY, auth.jwtSecret);
  return async (viewer, method, request, clientAddress) => {
    const requestId = request.headers.get('x-request-id') ?? randomUUID();
    const body = JSON.stringify({ query: RECORD_SIGN_IN, variables: { personId: viewer.id, username: viewer.username, method, clientAddress } });
    const response = await graph(
      new Request(new URL(graphqlEndpoint, request.url), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // a declared length lets the body-size limit pass the request on as it is, so its request id stays
          'content-length': String(Buffer.byteLength(body)),
          authorization: `Bearer ${tokens.token()}`,
          'x-request-id': requestId,
        },
        body,
      }),
    );
    const answer = (await response.json()) as { data?: { recordSignIn?: boolean }; errors?: { message: string }[] };
    if (answer.data?.recordSignIn !== true) throw new Error(`sign-in not recorded: ${answer.errors?.[0]?.message ?? response.status}`);
    return requestId;
  };
}

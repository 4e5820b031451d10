import type { Session, SessionViewer } from './session';

/**
 * How a user gets a token. The development sign-in asks the gateway for a demo person's token; a
 * production sign-in with OpenID Connect implements the same interface (redirect to the provider,
 * then `complete` on return with the ID token), and nothing else in the dashboard changes.
 */
export interface SignInMethod {
  kind: 'development' | 'oidc';
  login(params: Record<string, unknown>): Promise<Session>;
}

export interface DemoUser {
  username: string;
  name: string;
  roles: string[];
}

/** Development sign-in through the gateway's POST /auth/dev-token (only present in development mode). */
export function developmentSignIn(
  baseUrl: string,
  fetcher: typeof fetch = (...args) => fetch(...args),
): SignInMethod & {
  demoUsers(): Promise<DemoUser[]>;
} {
  return {
    kind: 'development',
    async login(params) {
      const response = await fetcher(`${baseUrl}/auth/dev-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: params.username }),
      }).catch(() => undefined);
      const body = (await response?.json().catch(() => ({}))) as { token?: string; viewer?: SessionViewer; error?: string } | undefined;
      // the gateway's own reason when it gives one; otherwise that the service is not answering (a translation key)
      if (!response?.ok || !body?.token || !body.viewer) throw new Error(body?.error ?? 'bt.errors.unavailable');
      return { token: body.token, viewer: body.viewer };
    },
    async demoUsers() {
      const response = await fetcher(`${baseUrl}/auth/dev-users`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as DemoUser[];
    },
  };
}

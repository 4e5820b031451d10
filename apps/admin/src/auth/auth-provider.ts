import type { AuthProvider } from 'ra-core';
import { isExpired, sessionStore, type Session } from './session';
import type { SignInMethod } from './sign-in-method';

/**
 * react-admin's auth provider over a sign-in method. The token is kept for the browser session; an
 * expired token, or one the server rejects (401), returns the user to sign-in with a message.
 */
export function createAuthProvider(method: SignInMethod, storage: Storage = sessionStorage): AuthProvider {
  const current = (): Session | undefined => sessionStore.read(storage);
  return {
    async login(params) {
      sessionStore.save(await method.login(params), storage);
      sessionStore.takeSignOutReason(storage);
    },
    async logout() {
      sessionStore.clear(storage);
    },
    async checkAuth() {
      const session = current();
      if (!session) throw new Error('ra.auth.auth_check_error');
      if (isExpired(session)) {
        sessionStore.end('bt.login.expired', storage);
        throw { message: 'bt.login.expired' };
      }
    },
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        const session = current();
        if (!session) throw { message: false };
        const reason = isExpired(session) ? 'bt.login.expired' : 'bt.login.rejected';
        sessionStore.end(reason, storage);
        throw { message: reason };
      }
    },
    async getIdentity() {
      const session = current();
      if (!session) throw new Error('ra.auth.auth_check_error');
      return { id: session.viewer.id, fullName: session.viewer.name, username: session.viewer.username };
    },
    async getPermissions() {
      return current()?.viewer.roles ?? [];
    },
  };
}

export function currentToken(storage: Storage = sessionStorage): string | undefined {
  return sessionStore.read(storage)?.token;
}

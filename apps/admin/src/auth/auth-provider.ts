import type { AuthProvider } from 'ra-core';
import type { GrantedPermission } from '../permissions';
import { isExpired, sessionStore, type Session } from './session';
import type { SignInMethod } from './sign-in-method';

/** Asks the server what the signed-in person (the token in the session) may do. */
export type PermissionSource = () => Promise<GrantedPermission[]>;

/**
 * react-admin's auth provider over a sign-in method. The token is kept for the browser session; an
 * expired token, or one the server rejects (401), returns the user to sign-in with a message.
 * Permissions come from the server: asked right after sign-in, kept in the session, and asked again
 * once per page load (a reload picks up changed roles).
 */
export function createAuthProvider(method: SignInMethod, permissionsOf: PermissionSource, storage: Storage = sessionStorage): AuthProvider {
  const current = (): Session | undefined => sessionStore.read(storage);
  let asked: Promise<GrantedPermission[]> | undefined;
  const askServer = () => {
    asked = permissionsOf().then((permissions) => {
      const session = current();
      if (session) sessionStore.save({ ...session, permissions }, storage);
      return permissions;
    });
    asked.catch(() => (asked = undefined));
    return asked;
  };
  return {
    async login(params) {
      sessionStore.save(await method.login(params), storage);
      sessionStore.takeSignOutReason(storage);
      try {
        await askServer();
      } catch (error) {
        sessionStore.clear(storage);
        throw error;
      }
    },
    async logout() {
      asked = undefined;
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
    /** The granted permissions; kept ones while the server cannot be asked, unless it rejects the sign-in. */
    async getPermissions() {
      const session = current();
      if (!session) return [];
      try {
        return await (asked ?? askServer());
      } catch (error) {
        if ((error as { status?: number }).status === 401 || !session.permissions) throw error;
        return session.permissions;
      }
    },
  };
}

export function currentToken(storage: Storage = sessionStorage): string | undefined {
  return sessionStore.read(storage)?.token;
}

import type { GrantedPermission } from '../permissions';

/** The signed-in person as the gateway describes them. */
export interface SessionViewer {
  id: string;
  username: string;
  name: string;
  roles: string[];
  siteId?: string;
  traineeId?: string;
}

export interface Session {
  token: string;
  viewer: SessionViewer;
  /** What the server grants the viewer (`viewer { permissions }`), asked after sign-in and on each page load. */
  permissions?: GrantedPermission[];
}

const KEY = 'bt-admin.session';
const SIGN_OUT_REASON = 'bt-admin.signOutReason';

/** Seconds since the epoch at which a JWT expires, read from its payload (not verified: the server does that). */
export function tokenExpiry(token: string): number | undefined {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return typeof payload.exp === 'number' ? payload.exp : undefined;
  } catch {
    return undefined;
  }
}

/** The session lives in sessionStorage: it ends when the browser tab is closed. */
export const sessionStore = {
  read(storage: Storage = sessionStorage): Session | undefined {
    try {
      const session = JSON.parse(storage.getItem(KEY) ?? 'null') as Session | null;
      return session?.token && session.viewer ? session : undefined;
    } catch {
      return undefined;
    }
  },
  save(session: Session, storage: Storage = sessionStorage): void {
    storage.setItem(KEY, JSON.stringify(session));
  },
  clear(storage: Storage = sessionStorage): void {
    storage.removeItem(KEY);
  },
  /** Ends the session and remembers why (a translation key), for the sign-in page to say. */
  end(reason: string, storage: Storage = sessionStorage): void {
    storage.removeItem(KEY);
    storage.setItem(SIGN_OUT_REASON, reason);
  },
  /** Why the last session ended, once; undefined after a normal sign-out. */
  takeSignOutReason(storage: Storage = sessionStorage): string | undefined {
    const reason = storage.getItem(SIGN_OUT_REASON) ?? undefined;
    storage.removeItem(SIGN_OUT_REASON);
    return reason;
  },
};

export function isExpired(session: Session, now: number = Date.now()): boolean {
  const exp = tokenExpiry(session.token);
  return exp !== undefined && exp * 1000 <= now;
}

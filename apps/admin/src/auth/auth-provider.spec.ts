import { createAuthProvider } from './auth-provider';
import { sessionStore } from './session';
import { developmentSignIn, type SignInMethod } from './sign-in-method';
import type { GrantedPermission } from '../permissions';

function jwt(payload: Record<string, unknown>): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.signature`;
}

const viewer = { id: 'p1', username: 'atbt-chef', name: 'Karin Chef', roles: ['DIRECTOR'] };
const inOneHour = () => Math.floor(Date.now() / 1000) + 3600;

const grants: GrantedPermission[] = [
  { permission: 'READ_PROGRAMME', scope: 'ALL' },
  { permission: 'EDIT_COHORTS', scope: 'OWN_SITE', siteId: 'ORG-1' },
];
const fromServer = async () => grants;

function method(token: string): SignInMethod {
  return { kind: 'development', login: async () => ({ token, viewer }) };
}

describe('auth provider', () => {
  beforeEach(() => sessionStorage.clear());

  it('signs in, keeps the token for the browser session, and knows who it is and what the server grants', async () => {
    const permissionsOf = jest.fn(fromServer);
    const provider = createAuthProvider(method(jwt({ exp: inOneHour() })), permissionsOf);
    await provider.login({ username: 'atbt-chef' });
    expect(sessionStore.read()).toMatchObject({ viewer: { username: 'atbt-chef' }, permissions: grants });
    await expect(provider.checkAuth({})).resolves.toBeUndefined();
    await expect(provider.getIdentity!()).resolves.toMatchObject({ id: 'p1', fullName: 'Karin Chef' });
    await expect(provider.getPermissions!({})).resolves.toEqual(grants);
    await expect(provider.getPermissions!({})).resolves.toEqual(grants);
    expect(permissionsOf).toHaveBeenCalledTimes(1);
  });

  it('asks the server again once per page load, keeping what it knew while the server cannot answer', async () => {
    await createAuthProvider(method(jwt({ exp: inOneHour() })), fromServer).login({ username: 'atbt-chef' });
    const changed: GrantedPermission[] = [{ permission: 'READ_PROGRAMME', scope: 'ALL' }];
    const reloaded = createAuthProvider(method('x'), async () => changed);
    await expect(reloaded.getPermissions!({})).resolves.toEqual(changed);
    expect(sessionStore.read()?.permissions).toEqual(changed);
    const offline = createAuthProvider(method('x'), async () => Promise.reject(Object.assign(new Error('nere'), { status: 0 })));
    await expect(offline.getPermissions!({})).resolves.toEqual(changed);
    const rejected = createAuthProvider(method('x'), async () => Promise.reject(Object.assign(new Error('utgången'), { status: 401 })));
    await expect(rejected.getPermissions!({})).rejects.toMatchObject({ status: 401 });
  });

  it('does not sign in when the server cannot say what the person may do', async () => {
    const provider = createAuthProvider(method(jwt({ exp: inOneHour() })), async () => Promise.reject(new Error('Tjänsten svarar inte just nu.')));
    await expect(provider.login({ username: 'atbt-chef' })).rejects.toThrow('Tjänsten svarar inte just nu.');
    expect(sessionStore.read()).toBeUndefined();
  });

  it('sends an unsigned-in visitor to sign-in', async () => {
    const provider = createAuthProvider(method('x'), fromServer);
    await expect(provider.checkAuth({})).rejects.toThrow('ra.auth.auth_check_error');
  });

  it('returns to sign-in with a message when the token has expired, and forgets it', async () => {
    const provider = createAuthProvider(method(jwt({ exp: Math.floor(Date.now() / 1000) - 5 })), fromServer);
    await provider.login({ username: 'atbt-chef' });
    await expect(provider.checkAuth({})).rejects.toEqual({ message: 'bt.login.expired' });
    expect(sessionStore.read()).toBeUndefined();
    expect(sessionStore.takeSignOutReason()).toBe('bt.login.expired');
    expect(sessionStore.takeSignOutReason()).toBeUndefined();
  });

  it('signs out when the server rejects the token (401), but stays on a refusal by role (403)', async () => {
    const provider = createAuthProvider(method(jwt({ exp: inOneHour() })), fromServer);
    await provider.login({ username: 'atbt-chef' });
    await expect(provider.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(sessionStore.read()).toBeDefined();
    await expect(provider.checkError({ status: 401 })).rejects.toEqual({ message: 'bt.login.rejected' });
    expect(sessionStore.read()).toBeUndefined();
    expect(sessionStore.takeSignOutReason()).toBe('bt.login.rejected');
  });

  it('signs out without a message', async () => {
    const provider = createAuthProvider(method(jwt({ exp: inOneHour() })), fromServer);
    await provider.login({ username: 'atbt-chef' });
    await provider.logout({});
    expect(sessionStore.read()).toBeUndefined();
    expect(sessionStore.takeSignOutReason()).toBeUndefined();
  });
});

/** The part of a fetch Response the sign-in reads. */
function reply(status: number, body: unknown) {
  return { ok: status >= 200 && status < 300, status, json: async () => body };
}

describe('development sign-in', () => {
  it('asks the gateway for a demo person’s token', async () => {
    const fetcher = jest.fn(async () => reply(200, { token: 't', viewer }));
    const session = await developmentSignIn('http://gw', fetcher as unknown as typeof fetch).login({ username: 'atbt-chef' });
    expect(session).toEqual({ token: 't', viewer });
    expect(fetcher).toHaveBeenCalledWith('http://gw/auth/dev-token', expect.objectContaining({ method: 'POST', body: '{"username":"atbt-chef"}' }));
  });

  it('passes on the gateway’s reason when it refuses', async () => {
    const fetcher = async () => reply(404, { error: 'Ingen demoanvändare heter "x".' });
    await expect(developmentSignIn('', fetcher as unknown as typeof fetch).login({ username: 'x' })).rejects.toThrow('Ingen demoanvändare heter "x".');
  });

  it('says the service is not answering when the gateway cannot be reached or gives no reason', async () => {
    const unreachable = async () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(developmentSignIn('', unreachable as unknown as typeof fetch).login({ username: 'x' })).rejects.toThrow('bt.errors.unavailable');
    const failing = async () => reply(502, 'Bad Gateway');
    await expect(developmentSignIn('', failing as unknown as typeof fetch).login({ username: 'x' })).rejects.toThrow('bt.errors.unavailable');
  });
});

import { createAuthProvider } from './auth-provider';
import { sessionStore } from './session';
import { developmentSignIn, type SignInMethod } from './sign-in-method';

function jwt(payload: Record<string, unknown>): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.signature`;
}

const viewer = { id: 'p1', username: 'atbt-chef', name: 'Karin Chef', roles: ['DIRECTOR'] };
const inOneHour = () => Math.floor(Date.now() / 1000) + 3600;

function method(token: string): SignInMethod {
  return { kind: 'development', login: async () => ({ token, viewer }) };
}

describe('auth provider', () => {
  beforeEach(() => sessionStorage.clear());

  it('signs in, keeps the token for the browser session, and knows who and which roles', async () => {
    const provider = createAuthProvider(method(jwt({ exp: inOneHour() })));
    await provider.login({ username: 'atbt-chef' });
    expect(sessionStore.read()?.viewer.username).toBe('atbt-chef');
    await expect(provider.checkAuth({})).resolves.toBeUndefined();
    await expect(provider.getIdentity!()).resolves.toMatchObject({ id: 'p1', fullName: 'Karin Chef' });
    await expect(provider.getPermissions!({})).resolves.toEqual(['DIRECTOR']);
  });

  it('sends an unsigned-in visitor to sign-in', async () => {
    const provider = createAuthProvider(method('x'));
    await expect(provider.checkAuth({})).rejects.toThrow('ra.auth.auth_check_error');
  });

  it('returns to sign-in with a message when the token has expired, and forgets it', async () => {
    const provider = createAuthProvider(method(jwt({ exp: Math.floor(Date.now() / 1000) - 5 })));
    await provider.login({ username: 'atbt-chef' });
    await expect(provider.checkAuth({})).rejects.toEqual({ message: 'bt.login.expired' });
    expect(sessionStore.read()).toBeUndefined();
    expect(sessionStore.takeSignOutReason()).toBe('bt.login.expired');
    expect(sessionStore.takeSignOutReason()).toBeUndefined();
  });

  it('signs out when the server rejects the token (401), but stays on a refusal by role (403)', async () => {
    const provider = createAuthProvider(method(jwt({ exp: inOneHour() })));
    await provider.login({ username: 'atbt-chef' });
    await expect(provider.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(sessionStore.read()).toBeDefined();
    await expect(provider.checkError({ status: 401 })).rejects.toEqual({ message: 'bt.login.rejected' });
    expect(sessionStore.read()).toBeUndefined();
    expect(sessionStore.takeSignOutReason()).toBe('bt.login.rejected');
  });

  it('signs out without a message', async () => {
    const provider = createAuthProvider(method(jwt({ exp: inOneHour() })));
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
});

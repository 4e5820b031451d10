import jwt from 'jsonwebtoken';
import { Role } from './role';
import { signToken, verifyToken, bearerToken } from './token';
import { authConfigFromEnv } from './auth-config';
import { gatewaySecretMatches } from './gateway-secret';

const secret = 'test-secret';
const viewer = { id: 'p1', username: 'atbt-chef', name: 'Chef', roles: [Role.DIRECTOR], siteId: 's1' };

describe('tokens', () => {
  it('round-trips a viewer', () => {
    expect(verifyToken(signToken(viewer, secret, 60), secret)).toEqual({ ...viewer, traineeId: undefined });
  });

  it('refuses a token signed with another secret as UNAUTHENTICATED', () => {
    const token = signToken(viewer, 'other', 60);
    expect(() => verifyToken(token, secret)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
  });

  it('refuses an expired token with a message saying so', () => {
    const token = signToken(viewer, secret, -10);
    expect(() => verifyToken(token, secret)).toThrow(/gått ut/);
  });

  it('refuses a token without any known role', () => {
    const token = jwt.sign({ username: 'x', roles: ['KING'] }, secret, { subject: 'x', issuer: 'bt-admin' });
    expect(() => verifyToken(token, secret)).toThrow(/saknar/);
  });

  it('reads the bearer token from the header', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});

describe('configuration', () => {
  it('uses development secrets by default and refuses to run without secrets in production', () => {
    expect(authConfigFromEnv({}).devMode).toBe(true);
    expect(() => authConfigFromEnv({ NODE_ENV: 'production' })).toThrow(/BT_JWT_SECRET/);
    expect(authConfigFromEnv({ NODE_ENV: 'production', BT_JWT_SECRET: 'a', BT_GATEWAY_SECRET: 'b' }).devMode).toBe(false);
  });

  it('compares the gateway secret exactly', () => {
    expect(gatewaySecretMatches('abc', 'abc')).toBe(true);
    expect(gatewaySecretMatches('abd', 'abc')).toBe(false);
    expect(gatewaySecretMatches(undefined, 'abc')).toBe(false);
  });
});

import jwt from 'jsonwebtoken';
import { Role } from './role';
import { signToken, verifyToken, bearerToken } from './token';
import { authConfigFromEnv, isLoopbackHost } from './auth-config';
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
    const token = jwt.sign({ username: 'x', roles: ['KING'] }, secret, { subject: 'x', issuer: 'bt-admin', expiresIn: 60 });
    expect(() => verifyToken(token, secret)).toThrow(/saknar användare eller roller/);
  });

  it('refuses a token without an expiry, however valid otherwise', () => {
    const { id, ...claims } = viewer;
    const token = jwt.sign(claims, secret, { subject: id, issuer: 'bt-admin', algorithm: 'HS256' });
    expect(() => verifyToken(token, secret)).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/saknar giltighetstid/), extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });

  it('binds a trainee token to its own trainee: another traineeId, or none, is refused', () => {
    const trainee = { id: 't1', username: 'bt-ida', name: 'Ida', roles: [Role.TRAINEE], traineeId: 't1' };
    expect(verifyToken(signToken(trainee, secret, 60), secret)).toMatchObject({ id: 't1', traineeId: 't1' });
    for (const claimed of [
      { ...trainee, traineeId: 't2' },
      { ...trainee, traineeId: undefined },
      { ...viewer, traineeId: 't1' },
    ]) {
      expect(() => verifyToken(signToken(claimed, secret, 60), secret)).toThrow(
        expect.objectContaining({ message: expect.stringMatching(/annan BT-läkare/), extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
      );
    }
  });

  it('reads the bearer token from the header', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});

describe('configuration', () => {
  const longJwt = 'j'.repeat(32);
  const longGateway = 'g'.repeat(32);

  it('is production unless BT_DEV_MODE=true, and production never falls back to the development secrets', () => {
    expect(() => authConfigFromEnv({})).toThrow(/BT_JWT_SECRET måste sättas/);
    expect(() => authConfigFromEnv({ BT_DEV_MODE: 'false', BT_JWT_SECRET: longJwt })).toThrow(/BT_GATEWAY_SECRET måste sättas/);
    expect(() => authConfigFromEnv({ BT_DEV_MODE: '1', BT_JWT_SECRET: longJwt })).toThrow(/BT_GATEWAY_SECRET/);
    expect(authConfigFromEnv({ BT_JWT_SECRET: longJwt, BT_GATEWAY_SECRET: longGateway })).toMatchObject({
      devMode: false,
      jwtSecret: longJwt,
      gatewaySecret: longGateway,
    });
  });

  it('refuses production secrets shorter than 32 bytes or equal to a development secret', () => {
    expect(() => authConfigFromEnv({ BT_JWT_SECRET: 'a'.repeat(31), BT_GATEWAY_SECRET: longGateway })).toThrow(/BT_JWT_SECRET är för kort: minst 32 byte/);
    const devSecret = authConfigFromEnv({ BT_DEV_MODE: 'true' }).jwtSecret;
    expect(() => authConfigFromEnv({ BT_JWT_SECRET: devSecret, BT_GATEWAY_SECRET: longGateway })).toThrow(/utvecklingshemligheten/);
  });

  it('turns development mode on only with BT_DEV_MODE=true, and never together with real secrets', () => {
    expect(authConfigFromEnv({ BT_DEV_MODE: 'true' }).devMode).toBe(true);
    expect(() => authConfigFromEnv({ BT_DEV_MODE: 'true', BT_JWT_SECRET: longJwt })).toThrow(/får inte köras med egna hemligheter \(BT_JWT_SECRET\)/);
    expect(() => authConfigFromEnv({ BT_DEV_MODE: 'true', BT_GATEWAY_SECRET: longGateway })).toThrow(/BT_GATEWAY_SECRET/);
  });

  it('knows the loopback addresses development mode may listen on', () => {
    expect(['127.0.0.1', 'localhost', '::1', '127.1.2.3'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.10', 'example.org'].some(isLoopbackHost)).toBe(false);
  });

  it('compares the gateway secret exactly', () => {
    expect(gatewaySecretMatches('abc', 'abc')).toBe(true);
    expect(gatewaySecretMatches('abd', 'abc')).toBe(false);
    expect(gatewaySecretMatches(undefined, 'abc')).toBe(false);
  });
});

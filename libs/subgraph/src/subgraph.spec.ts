import type { IncomingMessage } from 'node:http';
import { GraphQLError, Kind } from 'graphql';
import { devAuthConfig, signToken, GATEWAY_SECRET_HEADER, Role, TokenVerifier } from '@bt/auth';
import { DateScalar } from './date.scalar';
import { clockFromEnv, fixedClock } from './clock';
import { authenticateSubgraphRequest, formatSubgraphError } from './start-subgraph';

const auth = devAuthConfig();
const tokens = new TokenVerifier(auth.jwtSecret);
const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('Date scalar', () => {
  it('accepts and returns ISO calendar dates only', () => {
    expect(DateScalar.parseValue('2027-01-18')).toBe('2027-01-18');
    expect(() => DateScalar.parseValue('2027-02-30')).toThrow(/ÅÅÅÅ-MM-DD/);
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2027-01-18' })).toBe('2027-01-18');
    expect(DateScalar.serialize('2027-01-18')).toBe('2027-01-18');
  });
});

describe('subgraph request authentication', () => {
  const token = signToken({ id: 'p1', username: 'atbt-chef', name: 'Chef', roles: [Role.DIRECTOR] }, auth.jwtSecret, 60);

  it('accepts a call through the gateway with a valid token', () => {
    const context = authenticateSubgraphRequest(
      request({ authorization: `Bearer ${token}`, [GATEWAY_SECRET_HEADER]: auth.gatewaySecret }),
      auth.gatewaySecret,
      tokens,
    );
    expect(context.viewer.username).toBe('atbt-chef');
  });

  it('refuses a call without the gateway secret, and one without a token', () => {
    expect(() => authenticateSubgraphRequest(request({ authorization: `Bearer ${token}` }), auth.gatewaySecret, tokens)).toThrow(/gatewayen/);
    expect(() => authenticateSubgraphRequest(request({ [GATEWAY_SECRET_HEADER]: auth.gatewaySecret }), auth.gatewaySecret, tokens)).toThrow(/inte inloggad/);
  });
});

describe('error formatting', () => {
  const format = formatSubgraphError('test');

  it('keeps the project’s own errors', () => {
    const error = new GraphQLError('Din roll ger inte behörighet till detta.', { extensions: { code: 'FORBIDDEN' } });
    expect(format({ message: error.message, extensions: { code: 'FORBIDDEN' } }, error)).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('hides unexpected internals behind a readable message', () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    const formatted = format({ message: 'ER_NO_SUCH_TABLE: secret details', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new Error('ER_NO_SUCH_TABLE'));
    expect(formatted.message).not.toMatch(/ER_NO_SUCH_TABLE/);
    expect(formatted.message).toMatch(/internt fel/);
  });
});

describe('the clock', () => {
  it('says today in UTC, or the fixed day in BT_TODAY, and refuses anything but a date', () => {
    expect(clockFromEnv({})()).toBe(new Date().toISOString().slice(0, 10));
    expect(clockFromEnv({ BT_TODAY: '2026-11-22' })()).toBe('2026-11-22');
    expect(() => clockFromEnv({ BT_TODAY: '2026-11-31' })).toThrow(/BT_TODAY/);
    expect(fixedClock('2027-01-18')()).toBe('2027-01-18');
  });
});

import jwt from 'jsonwebtoken';
import { Role } from './role';
import { signToken, verifyToken } from './token';
import { TokenVerifier, VERIFIED_TOKEN_TTL_MS } from './token-verifier';
import { signServiceToken, ServiceName } from './service-identity';

const secret = 'test-secret-that-is-long-enough-for-hs256';
const chef = { id: 'p1', username: 'atbt-chef', name: 'Chef', roles: [Role.DIRECTOR], siteId: 's1' };
// whole seconds, as in a token's iat and exp
const start = Math.floor(Date.now() / 1000) * 1000;

function clock() {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** A token signed as at `start` (jsonwebtoken reads iat/exp from the real clock otherwise). */
function tokenFor(claims: object, ttlSeconds: number, subject = 'p1'): string {
  const iat = Math.floor(start / 1000);
  return jwt.sign({ ...claims, iat, exp: iat + ttlSeconds }, secret, { subject, issuer: 'bt-admin', algorithm: 'HS256' });
}

describe('TokenVerifier: a prepared key and a bounded cache of verified tokens', () => {
  it('answers a token again with the identical viewer, the same as verifyToken gives', () => {
    const time = clock();
    const tokens = new TokenVerifier(secret, { now: time.now });
    const token = tokenFor({ username: chef.username, name: chef.name, roles: chef.roles, siteId: chef.siteId }, 600);
    const first = tokens.verify(token);
    expect(first).toEqual(verifyToken(token, secret));
    time.advance(1000);
    expect(tokens.verify(token)).toBe(first);
    expect(tokens.size).toBe(1);
  });

  it('refuses an expired token even when it was verified and kept before', () => {
    const time = clock();
    const tokens = new TokenVerifier(secret, { now: time.now });
    const token = tokenFor({ username: chef.username, roles: chef.roles }, 30);
    expect(tokens.verify(token).username).toBe('atbt-chef');
    time.advance(30_000);
    expect(() => tokens.verify(token)).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/gått ut/), extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
    expect(tokens.size).toBe(0);
  });

  it('keeps a token valid for hours at most a minute, then verifies it again', () => {
    const time = clock();
    const verifications = jest.spyOn(jwt, 'verify');
    const tokens = new TokenVerifier(secret, { now: time.now });
    const token = tokenFor({ username: chef.username, roles: chef.roles }, 8 * 3600);
    const first = tokens.verify(token);
    time.advance(VERIFIED_TOKEN_TTL_MS - 1);
    expect(tokens.verify(token)).toBe(first);
    expect(verifications).toHaveBeenCalledTimes(1);
    time.advance(1);
    const again = tokens.verify(token);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(verifications).toHaveBeenCalledTimes(2);
    verifications.mockRestore();
  });

  it('holds at most `max` tokens, dropping the least recently used', () => {
    const time = clock();
    const tokens = new TokenVerifier(secret, { now: time.now, max: 3 });
    const issued = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => tokenFor({ username: id, roles: [Role.DIRECTOR] }, 600, id));
    const viewers = issued.map((token) => tokens.verify(token));
    expect(tokens.size).toBe(3);
    // the most recent are kept (same object), the first was dropped and is verified anew
    expect(tokens.verify(issued[4])).toBe(viewers[4]);
    const again = tokens.verify(issued[0]);
    expect(again).not.toBe(viewers[0]);
    expect(again).toEqual(viewers[0]);
    expect(tokens.size).toBe(3);
  });

  it('keeps every check of verifyToken: no expiry, another secret, a trainee bound to another trainee', () => {
    const time = clock();
    const tokens = new TokenVerifier(secret, { now: time.now });
    const noExpiry = jwt.sign({ username: chef.username, roles: chef.roles, iat: Math.floor(start / 1000) }, secret, { subject: 'p1', issuer: 'bt-admin' });
    expect(() => tokens.verify(noExpiry)).toThrow(/saknar giltighetstid/);
    expect(() => tokens.verify(signToken(chef, 'another-secret', 600))).toThrow(/Ogiltig inloggningstoken/);
    const otherTrainee = tokenFor({ username: 'bt-ida', roles: [Role.TRAINEE], traineeId: 't2' }, 600, 't1');
    expect(() => tokens.verify(otherTrainee)).toThrow(/annan BT-läkare/);
    // refusals are not kept: asking again refuses again
    expect(() => tokens.verify(otherTrainee)).toThrow(/annan BT-läkare/);
    expect(tokens.size).toBe(0);
  });

  it('returns a frozen viewer: one request cannot change what the next one with the same token sees', () => {
    const tokens = new TokenVerifier(secret);
    const viewer = tokens.verify(signToken(chef, secret, 600));
    expect(Object.isFrozen(viewer) && Object.isFrozen(viewer.roles)).toBe(true);
  });

  it('verifies service identities as verifyToken does', () => {
    const tokens = new TokenVerifier(secret);
    expect(tokens.verify(signServiceToken(ServiceName.EMPLOYMENT, secret))).toEqual(verifyToken(signServiceToken(ServiceName.EMPLOYMENT, secret), secret));
  });
});

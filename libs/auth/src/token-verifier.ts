import { createSecretKey, type KeyObject } from 'node:crypto';
import { createLRU } from 'lru.min';
import { verifiedToken } from './token';
import type { Viewer } from './viewer';

/** How many verified tokens a process keeps (one entry is the token and its viewer, well under 1 KB). */
export const VERIFIED_TOKENS_MAX = 10_000;
/** How long a verified token is kept at most, even when it is valid for longer. */
export const VERIFIED_TOKEN_TTL_MS = 60_000;

export interface TokenVerifierOptions {
  max?: number;
  ttlMs?: number;
  now?: () => number;
}

/**
 * Verifies tokens with the secret prepared once as a key (jsonwebtoken reads a string secret anew on
 * every call) and remembers each verified token for a while: the same token again returns the same
 * viewer without the signature and claims being checked again. An entry is kept until the token's
 * `exp` or for `ttlMs`, whichever comes first, so an expired token is refused even when it was
 * verified before; the cache holds at most `max` tokens (least recently used go first). Refusals are
 * not kept. Every check stays in verifiedToken (expiry required, issuer, roles, trainee binding); that
 * the holder is still current is the gateway's CurrentViewers check, made per holder and minute.
 */
export class TokenVerifier {
  private readonly key: KeyObject;
  private readonly verified: ReturnType<typeof createLRU<string, { viewer: Viewer; until: number }>>;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(secret: string, options: TokenVerifierOptions = {}) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
    this.verified = createLRU({ max: options.max ?? VERIFIED_TOKENS_MAX });
    this.ttlMs = options.ttlMs ?? VERIFIED_TOKEN_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /** The token's viewer; throws UNAUTHENTICATED as verifyToken does. */
  verify(token: string): Viewer {
    const now = this.now();
    const kept = this.verified.get(token);
    if (kept && now < kept.until) return kept.viewer;
    if (kept) this.verified.delete(token);
    const { viewer, exp } = verifiedToken(token, this.key, now);
    const frozen = Object.freeze({ ...viewer, roles: Object.freeze([...viewer.roles]) as Viewer['roles'] });
    this.verified.set(token, { viewer: frozen, until: Math.min(exp * 1000, now + this.ttlMs) });
    return frozen;
  }

  /** How many tokens are kept now (for tests and diagnostics). */
  get size(): number {
    return this.verified.size;
  }
}

import jwt from 'jsonwebtoken';
import type { Viewer } from './viewer';

/**
 * A subgraph that asks another subgraph, through the gateway, for what one of its rules needs (README,
 * "Tjänsteidentitet mellan delgrafer"). It calls as itself, never with the caller's token, and may read
 * only the fields the permission table gives it (SERVICE_PERMISSIONS).
 */
export enum ServiceName {
  EMPLOYMENT = 'employment',
  CERTIFICATION = 'certification',
  /** Education: the facts of one supervisor assignment (EDU-7, EMP-1), one trainee's employment period and units (planning). */
  EDUCATION = 'education',
  /** The gateway: only to record sign-ins in the audit trail (it has no database of its own). */
  GATEWAY = 'gateway',
}

/** Service tokens have their own issuer: a person's token (the development sign-in's) can never be one. */
export const SERVICE_ISSUER = 'bt-service';
/** Short-lived: a service token is renewed well before it runs out (ServiceTokens). */
export const SERVICE_TOKEN_TTL_SECONDS = 300;

export function isServiceName(value: unknown): value is ServiceName {
  return typeof value === 'string' && (Object.values(ServiceName) as string[]).includes(value);
}

/** The viewer a service token stands for: no roles, no person, only the service's own permissions. */
export function serviceViewer(service: ServiceName): Viewer {
  return { id: `service:${service}`, username: `service:${service}`, name: `Delgrafen ${service}`, roles: [], service };
}

/** A service token issued at `now` (milliseconds), valid for `ttlSeconds`. */
export function signServiceToken(service: ServiceName, secret: string, ttlSeconds = SERVICE_TOKEN_TTL_SECONDS, now = Date.now()): string {
  return jwt.sign({ service, iat: Math.floor(now / 1000) }, secret, {
    subject: `service:${service}`,
    issuer: SERVICE_ISSUER,
    expiresIn: ttlSeconds,
    algorithm: 'HS256',
  });
}

/**
 * A service's own token, signed when first needed and kept until a fifth of its lifetime is left, then
 * signed anew: one token for all calls of that period, never an expired one.
 */
export class ServiceTokens {
  private current?: { token: string; renewAt: number };

  constructor(
    readonly service: ServiceName,
    private readonly secret: string,
    private readonly ttlSeconds = SERVICE_TOKEN_TTL_SECONDS,
    private readonly now: () => number = Date.now,
  ) {}

  token(): string {
    const now = this.now();
    if (!this.current || now >= this.current.renewAt) {
      this.current = { token: signServiceToken(this.service, this.secret, this.ttlSeconds, now), renewAt: now + this.ttlSeconds * 800 };
    }
    return this.current.token;
  }
}

import type { KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { isRole, Role } from './role';
import { Viewer } from './viewer';
import { unauthenticated } from './auth-errors';
import { isServiceName, serviceViewer, SERVICE_ISSUER } from './service-identity';

const ISSUER = 'bt-admin';

/** A person's token (the sign-in's). A service identity is never signed here: see signServiceToken. */
export function signToken(viewer: Viewer, secret: string, ttlSeconds: number): string {
  const { id, service, ...claims } = viewer;
  if (service) throw new Error('signToken signerar personer; en tjänsteidentitet signeras med signServiceToken.');
  return jwt.sign(claims, secret, { subject: id, issuer: ISSUER, expiresIn: ttlSeconds, algorithm: 'HS256' });
}

/**
 * Verifies a bearer token and returns its viewer: a person, or a service identity when the token was
 * issued as one (its own issuer); throws UNAUTHENTICATED with a reason otherwise. Pass a prepared key
 * (`createSecretKey`, see TokenVerifier): with a string secret jsonwebtoken first tries to read it as a
 * public key on every call.
 */
export function verifyToken(token: string, secret: string | KeyObject): Viewer {
  return verifiedToken(token, secret).viewer;
}

/** The viewer and the token's expiry (seconds since the epoch, required). */
export function verifiedToken(token: string, secret: string | KeyObject, now = Date.now()): { viewer: Viewer; exp: number } {
  let payload: jwt.JwtPayload;
  try {
    payload = jwt.verify(token, secret, { issuer: [ISSUER, SERVICE_ISSUER], algorithms: ['HS256'], clockTimestamp: Math.floor(now / 1000) }) as jwt.JwtPayload;
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) {
      throw unauthenticated('Din inloggning har gått ut. Logga in igen.');
    }
    throw unauthenticated('Ogiltig inloggningstoken. Logga in igen.');
  }
  // a token without an expiry would be valid for ever: refused
  if (typeof payload.exp !== 'number') throw unauthenticated('Inloggningstoken saknar giltighetstid. Logga in igen.');
  if (payload.iss === SERVICE_ISSUER) {
    if (!isServiceName(payload.service)) throw unauthenticated('Tjänstetoken saknar en känd tjänst.');
    return { viewer: serviceViewer(payload.service), exp: payload.exp };
  }
  const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
  if (!payload.sub || typeof payload.username !== 'string' || roles.length === 0) {
    throw unauthenticated('Inloggningstoken saknar användare eller roller. Logga in igen.');
  }
  const traineeId = typeof payload.traineeId === 'string' ? payload.traineeId : undefined;
  // a trainee's token is bound to that trainee: its subject is the trainee, and it claims no other trainee
  if ((roles.includes(Role.TRAINEE) || traineeId !== undefined) && traineeId !== payload.sub) {
    throw unauthenticated('Inloggningstoken gäller en annan BT-läkare än den inloggade. Logga in igen.');
  }
  const viewer: Viewer = {
    id: payload.sub,
    username: payload.username,
    name: typeof payload.name === 'string' ? payload.name : payload.username,
    roles,
    siteId: typeof payload.siteId === 'string' ? payload.siteId : undefined,
    traineeId,
  };
  return { viewer, exp: payload.exp };
}

/** Extracts the token from an `Authorization: Bearer …` header value. */
export function bearerToken(header: string | null | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(.+)$/i);
  return match?.[1].trim();
}

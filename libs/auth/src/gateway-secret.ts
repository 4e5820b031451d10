import { timingSafeEqual } from 'node:crypto';

/** Header by which the gateway proves to a subgraph that a call came through it. */
export const GATEWAY_SECRET_HEADER = 'x-bt-gateway-secret';

export function gatewaySecretMatches(presented: string | null | undefined, expected: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { bearerToken } from '@bt/auth';
import type { GatewayLimits } from './gateway-limits';
import { limitResponse } from './limit-refusals';

/**
 * Refuses with 429 and `Retry-After` once a client address, or a token, has made more requests in a
 * minute than the limits allow. A token counts by its hash, so a forged token identifies nobody: it is
 * refused by the authentication anyway, and its requests still count against the address.
 *
 * The counters live in this process (rate-limiter-flexible's memory store): with several gateway
 * replicas each counts on its own, and a shared store (RateLimiterRedis) is needed for one limit.
 */
export function useRateLimits(limits: GatewayLimits): GatewayPlugin {
  const perAddress = new RateLimiterMemory({ keyPrefix: 'address', points: limits.rateLimitPerAddressPerMinute, duration: 60 });
  const perToken = new RateLimiterMemory({ keyPrefix: 'token', points: limits.rateLimitPerMinute, duration: 60 });
  return {
    async onRequest({ request, serverContext, endResponse }) {
      const address = (serverContext as { req?: IncomingMessage }).req?.socket.remoteAddress ?? 'unknown';
      const token = bearerToken(request.headers.get('authorization'));
      try {
        await perAddress.consume(address);
        if (token) await perToken.consume(createHash('sha256').update(token).digest('hex'));
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        endResponse(limitResponse(429, 'TOO_MANY_REQUESTS', seconds, { 'retry-after': String(seconds) }));
      }
    },
  };
}

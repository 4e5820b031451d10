import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { GatewayLimits } from './gateway-limits';
import { useQueryLimits } from './query-limits.plugin';
import { useRateLimits } from './rate-limit.plugin';
import { useRequestSize } from './request-size.plugin';
import { useResponseSize } from './response-size.plugin';
import { useUpstreamTimeoutRefusal } from './upstream-timeout.plugin';

/** Every limit on one request, first in line: rate, body size, then the operation's shape, timeouts and the response's size. */
export function useGatewayLimits(limits: GatewayLimits): GatewayPlugin[] {
  return [useRateLimits(limits), useRequestSize(limits), ...useQueryLimits(limits), useUpstreamTimeoutRefusal(), useResponseSize(limits)];
}

import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayLimits } from './gateway-limits';
import { queryLimitError, type LimitCode } from './limit-refusals';

/** graphql-armor's rejection, replaced by our refusal with its stable code and a Swedish message. */
function refuseWith(code: LimitCode, limit: number) {
  return {
    onReject: [
      () => {
        throw queryLimitError(code, limit);
      },
    ],
  };
}

/**
 * Refuses an operation that is too deep, too wide or too long while it is parsed and validated, before
 * the gateway plans it or calls a subgraph (graphql-armor's Envelop plugins).
 */
export function useQueryLimits(limits: GatewayLimits): GatewayPlugin[] {
  return [
    maxTokensPlugin({ n: limits.maxTokens, ...refuseWith('QUERY_TOO_MANY_TOKENS', limits.maxTokens) }),
    maxDepthPlugin({ n: limits.maxDepth, ...refuseWith('QUERY_TOO_DEEP', limits.maxDepth) }),
    maxAliasesPlugin({ n: limits.maxAliases, allowList: [], ...refuseWith('QUERY_TOO_MANY_ALIASES', limits.maxAliases) }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...refuseWith('QUERY_TOO_MANY_DIRECTIVES', limits.maxDirectives) }),
    costLimitPlugin({ maxCost: limits.maxCost, ...refuseWith('QUERY_TOO_COSTLY', limits.maxCost) }),
  ] as GatewayPlugin[];
}

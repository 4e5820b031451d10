import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { TypeInfo, ValidationContext, type OperationDefinitionNode } from 'graphql';
import { costLimitRule, type CostLimitOptions } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayLimits } from './gateway-limits';
import { queryLimitError, type LimitCode } from './limit-refusals';
import { ROW_WEIGHTS, withPageSizes } from './page-size-pricing';

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
 * graphql-armor's cost limit over the document as withPageSizes prices it: a list costs its subtree times
 * the rows it will hold (its `first`, given, from a variable or by default; with `pageRows` the `items` of
 * a page its `perPage` too). A validation rule after the others, so that a query both too deep and too
 * costly is refused as too deep.
 */
function usePricedLimit(code: LimitCode, limit: number, options: { weights?: Partial<CostLimitOptions>; pageRows?: boolean } = {}): GatewayPlugin {
  const costOf = costLimitRule({ maxCost: limit, ...options.weights, ...refuseWith(code, limit) });
  return {
    onValidate({ params, context, addValidationRule }) {
      const variables = (context as { params?: { variables?: Record<string, unknown> | null } }).params?.variables ?? {};
      addValidationRule((validation: ValidationContext) => {
        const priced = withPageSizes(params.documentAST, params.schema, variables, { pageRows: options.pageRows });
        const visitor = costOf(new ValidationContext(params.schema, priced, new TypeInfo(params.schema), (error) => validation.reportError(error)));
        return {
          OperationDefinition: (operation: OperationDefinitionNode) => {
            // the same operation, priced: visit() keeps the definitions in place
            visitor.OperationDefinition.enter(priced.definitions[params.documentAST.definitions.indexOf(operation)]);
          },
        };
      });
    },
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
    usePricedLimit('QUERY_TOO_COSTLY', limits.maxCost),
    // paged lists by their page size (issue 9 item 3), as records rather than cost: the dashboard's pages of
    // 500 applications cost more than the cost limit allows, while they are few records
    usePricedLimit('QUERY_TOO_MANY_ROWS', limits.maxRows, { weights: ROW_WEIGHTS, pageRows: true }),
  ] as GatewayPlugin[];
}

import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { isAsyncIterable } from '@graphql-tools/utils';
import { GraphQLError } from 'graphql';
import { unavailable } from '@bt/auth';

/** What each subgraph answers for, as the refusal names it. */
const SERVICES: Record<string, string> = { employment: 'anställningar', education: 'utbildning', certification: 'intyg' };

/**
 * A subgraph call cut off by `upstreamTimeout` (Hive Gateway's `GATEWAY_TIMEOUT`, in English and with
 * the subgraph's address and the request it was sent) becomes `UNAVAILABLE` like any subgraph that does
 * not answer: a Swedish message, HTTP 503, nothing internal.
 */
export function useUpstreamTimeoutRefusal(): GatewayPlugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || isAsyncIterable(result) || !result.errors?.some((error) => error.extensions?.code === 'GATEWAY_TIMEOUT')) return;
      const errors = result.errors.map((error) => {
        if (error.extensions?.code !== 'GATEWAY_TIMEOUT') return error;
        const refusal = unavailable(SERVICES[String(error.extensions.serviceName)] ?? 'uppgifterna');
        return new GraphQLError(refusal.message, { path: error.path, extensions: refusal.extensions });
      });
      setResult({ ...result, errors });
    },
  };
}

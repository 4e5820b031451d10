import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/**
 * A save refused because someone else changed the record meanwhile (a subgraph's CONFLICT) is answered
 * with HTTP 409, as the subgraph answers it; the gateway would otherwise say 200 for every subgraph refusal.
 */
export function useConflictStatus(): GatewayPlugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || !('errors' in result) || !result.errors?.some((error) => error.extensions?.code === 'CONFLICT')) return;
      setResult({ ...result, extensions: { ...result.extensions, http: { status: 409 } } });
    },
  };
}

/** The query planner: the Rust one of @graphql-hive/router-runtime, or Hive Gateway's own JavaScript one. */
export type GatewayPlanner = 'rust' | 'javascript';

/**
 * BT_GATEWAY_PLANNER=javascript starts the gateway with Hive Gateway's JavaScript planner (the benchmark
 * compares the two); unset or `rust` keeps the Rust planner; anything else stops the start.
 */
export function plannerFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayPlanner {
  const value = env.BT_GATEWAY_PLANNER;
  if (value === undefined || value === '' || value === 'rust') return 'rust';
  if (value === 'javascript') return 'javascript';
  throw new Error(`BT_GATEWAY_PLANNER ska vara "rust" eller "javascript", inte "${value}".`);
}

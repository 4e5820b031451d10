/**
 * How much one request may ask of the graph. Every limit has a default that lets the dashboard and the
 * test suite through with room to spare, and an environment variable that overrides it (README,
 * "Gränser för frågor").
 */
export interface GatewayLimits {
  /** Deepest nesting of fields in one operation. */
  maxDepth: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Tokens (names, braces, arguments …) in one document, counted while it is parsed. */
  maxTokens: number;
  /** Directives (`@include`, `@skip` …) in one operation. */
  maxDirectives: number;
  /** The estimated cost of one operation (graphql-armor: objects 2, scalars 1, times 1.5 per level). */
  maxCost: number;
  /**
   * Records in the answer of one operation: every object counted once, a list times its `first` and a
   * page's rows times its `perPage` (page-size-pricing.ts, ROW_WEIGHTS).
   */
  maxRows: number;
  /** Request body in bytes; a bigger body is refused with 413 before it is parsed. */
  maxBodyBytes: number;
  /** Response body in bytes; a bigger result is replaced by a refusal. */
  maxResponseBytes: number;
  /** Milliseconds the gateway waits for one subgraph call. */
  upstreamTimeoutMs: number;
  /** Requests per minute with one token. */
  rateLimitPerMinute: number;
  /** Requests per minute from one client address, with or without a token. */
  rateLimitPerAddressPerMinute: number;
}

export const DEFAULT_GATEWAY_LIMITS: Readonly<GatewayLimits> = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2000,
  maxDirectives: 5,
  maxCost: 5000,
  maxRows: 5000,
  maxBodyBytes: 1024 * 1024,
  maxResponseBytes: 5 * 1024 * 1024,
  upstreamTimeoutMs: 15_000,
  rateLimitPerMinute: 1200,
  rateLimitPerAddressPerMinute: 6000,
};

/** The environment variable that overrides each limit. */
export const GATEWAY_LIMIT_VARIABLES: Readonly<Record<keyof GatewayLimits, string>> = {
  maxDepth: 'BT_MAX_DEPTH',
  maxAliases: 'BT_MAX_ALIASES',
  maxTokens: 'BT_MAX_TOKENS',
  maxDirectives: 'BT_MAX_DIRECTIVES',
  maxCost: 'BT_MAX_COST',
  maxRows: 'BT_MAX_ROWS',
  maxBodyBytes: 'BT_MAX_BODY_BYTES',
  maxResponseBytes: 'BT_MAX_RESPONSE_BYTES',
  upstreamTimeoutMs: 'BT_UPSTREAM_TIMEOUT_MS',
  rateLimitPerMinute: 'BT_RATE_LIMIT_PER_MINUTE',
  rateLimitPerAddressPerMinute: 'BT_RATE_LIMIT_PER_ADDRESS_PER_MINUTE',
};

/** The defaults, overridden by the environment, overridden by `overrides` (tests lower a limit this way). */
export function gatewayLimits(overrides: Partial<GatewayLimits> = {}, env: NodeJS.ProcessEnv = process.env): GatewayLimits {
  const limits = { ...DEFAULT_GATEWAY_LIMITS };
  for (const [key, variable] of Object.entries(GATEWAY_LIMIT_VARIABLES) as [keyof GatewayLimits, string][]) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    const limit = Number(value);
    if (!Number.isInteger(limit) || limit <= 0) throw new Error(`${variable} ska vara ett positivt heltal, inte "${value}"`);
    limits[key] = limit;
  }
  return { ...limits, ...overrides };
}

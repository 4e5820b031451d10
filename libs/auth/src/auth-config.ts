/** Secrets for tokens and for gateway-to-subgraph calls, read from the environment. */
export interface AuthConfig {
  jwtSecret: string;
  gatewaySecret: string;
  /** Development sign-in (POST /auth/dev-token) and the built-in development secrets. */
  devMode: boolean;
  tokenTtlSeconds: number;
}

const DEV_JWT_SECRET = 'bt-dev-jwt-secret-do-not-use-in-production';
const DEV_GATEWAY_SECRET = 'bt-dev-gateway-secret-do-not-use-in-production';

export function isDevMode(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NODE_ENV === 'production') return false;
  return env.BT_DEV_MODE !== 'false';
}

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const devMode = isDevMode(env);
  const jwtSecret = env.BT_JWT_SECRET ?? (devMode ? DEV_JWT_SECRET : undefined);
  const gatewaySecret = env.BT_GATEWAY_SECRET ?? (devMode ? DEV_GATEWAY_SECRET : undefined);
  if (!jwtSecret || !gatewaySecret) {
    throw new Error('BT_JWT_SECRET och BT_GATEWAY_SECRET måste sättas när utvecklingsläget är av (NODE_ENV=production).');
  }
  return {
    jwtSecret,
    gatewaySecret,
    devMode,
    tokenTtlSeconds: Number(env.BT_TOKEN_TTL_SECONDS ?? 8 * 3600),
  };
}

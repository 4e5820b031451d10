/** Secrets for tokens and for gateway-to-subgraph calls, read from the environment. */
export interface AuthConfig {
  jwtSecret: string;
  gatewaySecret: string;
  /**
   * Development mode: development sign-in (POST /auth/dev-token), the built-in development secrets,
   * introspection and "Did you mean" suggestions. Off unless BT_DEV_MODE=true; off means production.
   */
  devMode: boolean;
  tokenTtlSeconds: number;
}

const DEV_JWT_SECRET = 'bt-dev-jwt-secret-do-not-use-in-production';
const DEV_GATEWAY_SECRET = 'bt-dev-gateway-secret-do-not-use-in-production';
/** A production secret has at least this many bytes (HS256 wants a key as long as its hash). */
export const MIN_SECRET_BYTES = 32;

/** Development mode is opt-in: only BT_DEV_MODE=true turns it on; anything else is production. */
export function isDevMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BT_DEV_MODE === 'true';
}

/**
 * Development mode uses only the built-in development secrets: a real secret beside it would hand out
 * Director tokens valid in production, so that combination refuses to start. Production requires both
 * secrets, each at least MIN_SECRET_BYTES long.
 */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const devMode = isDevMode(env);
  const tokenTtlSeconds = Number(env.BT_TOKEN_TTL_SECONDS ?? 8 * 3600);
  if (devMode) {
    const ownSecrets = [
      ['BT_JWT_SECRET', env.BT_JWT_SECRET, DEV_JWT_SECRET],
      ['BT_GATEWAY_SECRET', env.BT_GATEWAY_SECRET, DEV_GATEWAY_SECRET],
    ].filter(([, value, builtIn]) => value !== undefined && value !== builtIn);
    if (ownSecrets.length > 0) {
      throw new Error(
        `Utvecklingsläget (BT_DEV_MODE=true) får inte köras med egna hemligheter (${ownSecrets.map(([name]) => name).join(', ')}): ` +
          'utvecklingsinloggningen skulle då dela ut giltiga tokens. Ta bort BT_DEV_MODE eller hemligheterna.',
      );
    }
    return { jwtSecret: DEV_JWT_SECRET, gatewaySecret: DEV_GATEWAY_SECRET, devMode, tokenTtlSeconds };
  }
  const jwtSecret = requiredSecret(env, 'BT_JWT_SECRET');
  const gatewaySecret = requiredSecret(env, 'BT_GATEWAY_SECRET');
  return { jwtSecret, gatewaySecret, devMode, tokenTtlSeconds };
}

/** The configuration development mode runs with (npm start, the test graph). */
export function devAuthConfig(): AuthConfig {
  return authConfigFromEnv({ BT_DEV_MODE: 'true' });
}

function requiredSecret(env: NodeJS.ProcessEnv, name: 'BT_JWT_SECRET' | 'BT_GATEWAY_SECRET'): string {
  const value = env[name];
  if (!value) {
    throw new Error(`${name} måste sättas i produktion (utvecklingsläget BT_DEV_MODE=true är av).`);
  }
  if (Buffer.byteLength(value, 'utf8') < MIN_SECRET_BYTES) {
    throw new Error(`${name} är för kort: minst ${MIN_SECRET_BYTES} byte krävs i produktion.`);
  }
  if (value === DEV_JWT_SECRET || value === DEV_GATEWAY_SECRET) {
    throw new Error(`${name} får inte vara den inbyggda utvecklingshemligheten i produktion.`);
  }
  return value;
}

/** Development mode listens only on loopback: nobody else may reach its sign-in. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export function assertDevModeListensLocally(auth: AuthConfig, host: string): void {
  if (auth.devMode && !isLoopbackHost(host)) {
    throw new Error(`Utvecklingsläget (BT_DEV_MODE=true) lyssnar bara lokalt: BT_GATEWAY_HOST=${host} är inte tillåtet. Ta bort BT_DEV_MODE.`);
  }
}

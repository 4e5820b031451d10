/** The dashboard's development server (vite, port 4200): the only origin allowed in development by default. */
export const DEV_DASHBOARD_ORIGIN = 'http://localhost:4200';

/**
 * Origins a browser may call the gateway from (CORS): BT_CORS_ORIGINS, comma-separated; by default none
 * in production and the dashboard's development origin in development. Never "any origin".
 */
export function corsOriginsFromEnv(env: NodeJS.ProcessEnv, devMode: boolean): string[] {
  const configured = env.BT_CORS_ORIGINS;
  if (configured === undefined) return devMode ? [DEV_DASHBOARD_ORIGIN] : [];
  return configured
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '' && origin !== '*');
}

/** CORS headers only for an allowed origin; any other origin gets none, so the browser keeps the answer from it. */
export function corsFor(origins: readonly string[]) {
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !origins.includes(origin)) return false as const;
    return { origin: [origin], methods: ['POST'], allowedHeaders: ['authorization', 'content-type'], credentials: false };
  };
}

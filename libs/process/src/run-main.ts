/** Something a process runs until it is told to stop. */
export interface Service {
  stop(): Promise<void>;
}

/**
 * Runs a service as a process: prints what started, stops it cleanly on SIGINT/SIGTERM, and exits
 * with a readable message (no stack trace) when it cannot start.
 */
export function runMain(start: () => Promise<{ service: Service; message: string }>): void {
  start()
    .then(({ service, message }) => {
      console.log(message);
      const shutdown = () => {
        service.stop().finally(() => process.exit(0));
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}

export function portFromEnv(variable: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const value = env[variable];
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${variable} måste vara ett portnummer (0–65535), inte "${value}".`);
  return port;
}

/** Where subgraphs reach the gateway for what they need from other subgraphs. */
export function gatewayUrlFromEnv(): string {
  return process.env.BT_GATEWAY_URL ?? 'http://localhost:4000/graphql';
}

import { randomBytes } from 'node:crypto';
import type { AuthConfig } from '@bt/auth';
import { DEFAULT_AS_OF } from '@bt/seed';
import { reservePort } from '@bt/testing';
import { ServiceProcess, SUBGRAPHS, type ServiceName, type SubgraphName } from './service-processes';

/** What the benchmark raises above production's defaults: one client address sends every user's requests. */
const BENCH_LIMITS = {
  BT_RATE_LIMIT_PER_MINUTE: '1000000',
  BT_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
  // the cohort overview at 100× data answers with several megabytes
  BT_MAX_RESPONSE_BYTES: String(512 * 1024 * 1024),
  BT_UPSTREAM_TIMEOUT_MS: '300000',
};

export interface BenchStack {
  auth: AuthConfig;
  gatewayUrl: string;
  javascriptGatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  processes: Record<ServiceName, ServiceProcess>;
  stop(): Promise<void>;
}

/**
 * The three subgraphs and the gateway in production mode, each its own process on the production
 * build, on the given databases; and a second gateway with the JavaScript planner in front of the same
 * subgraphs. Fresh production secrets per run, BT_TODAY on the seed's day, jobs off, the SQL statement
 * report on (SIGUSR2).
 */
export async function startBenchStack(databaseUrls: Record<SubgraphName, string>): Promise<BenchStack> {
  const auth: AuthConfig = {
    jwtSecret: randomBytes(32).toString('hex'),
    gatewaySecret: randomBytes(32).toString('hex'),
    devMode: false,
    tokenTtlSeconds: 3600,
  };
  // five different ports: all held at once, then let go for the processes to take
  const held = await Promise.all(Array.from({ length: 5 }, () => reservePort()));
  await Promise.all(held.map((reservation) => reservation.release()));
  const [employment, education, certification, gateway, js] = held.map((reservation) => reservation.port);
  const ports = { employment, education, certification, gateway, js };
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name) => [name, `http://127.0.0.1:${ports[name]}/graphql`])) as Record<SubgraphName, string>;
  const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    BT_JWT_SECRET: auth.jwtSecret,
    BT_GATEWAY_SECRET: auth.gatewaySecret,
    BT_TODAY: DEFAULT_AS_OF,
    BT_JOBS: 'off',
    BT_REPORT_SQL_STATEMENTS: 'true',
    BT_GATEWAY_URL: gatewayUrl,
    EMPLOYMENT_DATABASE_URL: databaseUrls.employment,
    EDUCATION_DATABASE_URL: databaseUrls.education,
    CERTIFICATION_DATABASE_URL: databaseUrls.certification,
    EMPLOYMENT_PORT: String(ports.employment),
    EDUCATION_PORT: String(ports.education),
    CERTIFICATION_PORT: String(ports.certification),
    EMPLOYMENT_URL: subgraphUrls.employment,
    EDUCATION_URL: subgraphUrls.education,
    CERTIFICATION_URL: subgraphUrls.certification,
    ...BENCH_LIMITS,
    // BT_GATEWAY_LOGGING=true npm run bench: the gateways log why a request failed (they answer "Unexpected error." otherwise)
    ...(process.env.BT_GATEWAY_LOGGING ? { BT_GATEWAY_LOGGING: process.env.BT_GATEWAY_LOGGING } : {}),
  };
  const started: ServiceProcess[] = [];
  const start = async (name: ServiceName, extra: NodeJS.ProcessEnv = {}) => {
    const service = new ServiceProcess(name, { ...env, ...extra });
    started.push(service);
    await service.started();
    return service;
  };
  try {
    const [employment, education, certification] = await Promise.all(SUBGRAPHS.map((name) => start(name)));
    const [gateway, javascriptGateway] = await Promise.all([
      start('gateway', { GATEWAY_PORT: String(ports.gateway) }),
      start('gateway-js', { GATEWAY_PORT: String(ports.js), BT_GATEWAY_PLANNER: 'javascript' }),
    ]);
    return {
      auth,
      gatewayUrl,
      javascriptGatewayUrl: `http://127.0.0.1:${ports.js}/graphql`,
      subgraphUrls,
      processes: { employment, education, certification, gateway, 'gateway-js': javascriptGateway },
      stop: async () => {
        await Promise.all(started.map((service) => service.stop()));
      },
    };
  } catch (error) {
    await Promise.all(started.map((service) => service.stop()));
    throw error;
  }
}

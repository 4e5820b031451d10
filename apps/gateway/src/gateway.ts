import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { GATEWAY_SECRET_HEADER, type AuthConfig, type Viewer } from '@bt/auth';
import { useAuthentication } from './authentication.plugin';
import { corsFor } from './cors';
import { CurrentViewers } from './current-viewers';
import { useConflictStatus } from './conflict-status.plugin';
import { useDevToken } from './dev-token.plugin';
import { gatewayLimits, type GatewayLimits } from './gateway-limits';
import { useGatewayLimits } from './gateway-limits.plugin';
import { CLIENT_ADDRESS_HEADER, socketAddress } from './client-address';
import { signInAudit } from './sign-in-audit';
import { useHttpHardening } from './http-hardening.plugin';
import type { GatewayPlanner } from './gateway-planner';
import { subgraphUrlsFromEnv } from './subgraph-urls';

export const GATEWAY_PORT = 4000;
export const GRAPHQL_ENDPOINT = '/graphql';

export interface GatewayOptions {
  supergraphSdl: string;
  auth: AuthConfig;
  port?: number;
  host?: string;
  /** Where each subgraph runs when not at the address in the supergraph (by subgraph name). */
  subgraphUrls?: Record<string, string>;
  /** The people development sign-in knows; only used when auth.devMode is on. */
  demoViewers?: ReadonlyMap<string, Viewer>;
  /** Origins a browser may call from (CORS); none when left out. */
  corsOrigins?: readonly string[];
  /** How long the check that a token's holder still exists with its roles holds (CURRENT_VIEWER_TTL_MS). */
  currentViewerTtlMs?: number;
  logging?: boolean;
  /** Overrides of the limits on one request (defaults and environment variables in gateway-limits.ts). */
  limits?: Partial<GatewayLimits>;
  /** The query planner: the Rust one of @graphql-hive/router-runtime (default), or Hive Gateway's own JavaScript one (for comparison). */
  planner?: GatewayPlanner;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

export function createGateway(options: GatewayOptions) {
  const production = !options.auth.devMode;
  const employmentUrl = options.subgraphUrls?.employment ?? subgraphUrlsFromEnv({}).employment;
  const currentViewers = new CurrentViewers(employmentUrl, options.auth.gatewaySecret, options.currentViewerTtlMs);
  const plugins: GatewayPlugin[] = [useHttpHardening(GRAPHQL_ENDPOINT), useAuthentication(options.auth, GRAPHQL_ENDPOINT, currentViewers), useConflictStatus()];
  // sign-ins are recorded in employment's audit trail through this gateway's own graph, in process
  const auditSignIn = signInAudit(options.auth, (request) => Promise.resolve(runtime.fetch(request)), GRAPHQL_ENDPOINT);
  if (options.auth.devMode && options.demoViewers) plugins.unshift(useDevToken(options.auth, options.demoViewers, auditSignIn));
  // production hides the schema: no introspection, no "Did you mean …" in validation errors
  if (production) plugins.push(blockFieldSuggestionsPlugin());
  // the limits come first: a body too large or a client over its rate is refused before anything else runs
  const limits = gatewayLimits(options.limits);
  plugins.unshift(...useGatewayLimits(limits));
  const runtime = createGatewayRuntime({
    supergraph: options.supergraphSdl,
    // without a handler Hive Gateway plans with its own JavaScript planner
    unifiedGraphHandler: options.planner === 'javascript' ? undefined : unifiedGraphHandler,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    landingPage: false,
    graphiql: false,
    disableIntrospection: production ? { disableIf: () => true } : undefined,
    cors: corsFor(options.corsOrigins ?? []),
    logging: options.logging ?? false,
    transportEntries: {
      ...Object.fromEntries(Object.entries(options.subgraphUrls ?? {}).map(([name, location]) => [name, { location }])),
      // in-flight deduplication keys on the headers, so it only ever merges one person's identical calls (each
      // token is a person), yet it deep-copies every subgraph answer (structuredClone) for every request: off
      '*.http': { options: { deduplicateInflightRequests: false } },
    },
    // every subgraph verifies the caller's token itself and that the call came through the gateway;
    // the request id (Hive Gateway's own: the client's x-request-id or a new one, also in the answer)
    // and the client's address as this gateway's socket saw it go to the audit trail
    propagateHeaders: {
      fromClientToSubgraphs: ({ request, context }) => ({
        authorization: request.headers.get('authorization'),
        [GATEWAY_SECRET_HEADER]: options.auth.gatewaySecret,
        [CLIENT_ADDRESS_HEADER]: socketAddress(context),
      }),
    },
    upstreamTimeout: limits.upstreamTimeoutMs,
    plugins: () => plugins,
  });
  return runtime;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const gateway = createGateway(options);
  const server: Server = createServer(gateway);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? GATEWAY_PORT, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}${GRAPHQL_ENDPOINT}`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { GATEWAY_SECRET_HEADER, type AuthConfig, type Viewer } from '@bt/auth';
import { useAuthentication } from './authentication.plugin';
import { useConflictStatus } from './conflict-status.plugin';
import { useDevToken } from './dev-token.plugin';

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
  logging?: boolean;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

export function createGateway(options: GatewayOptions) {
  const plugins: GatewayPlugin[] = [useAuthentication(options.auth, GRAPHQL_ENDPOINT), useConflictStatus()];
  if (options.auth.devMode && options.demoViewers) plugins.unshift(useDevToken(options.auth, options.demoViewers));
  return createGatewayRuntime({
    supergraph: options.supergraphSdl,
    unifiedGraphHandler,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    landingPage: false,
    graphiql: false,
    logging: options.logging ?? false,
    transportEntries: Object.fromEntries(Object.entries(options.subgraphUrls ?? {}).map(([name, location]) => [name, { location }])),
    // every subgraph verifies the caller's token itself and that the call came through the gateway
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        authorization: request.headers.get('authorization'),
        [GATEWAY_SECRET_HEADER]: options.auth.gatewaySecret,
      }),
    },
    plugins: () => plugins,
  });
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

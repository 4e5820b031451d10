import type { IncomingMessage } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { bearerToken, forbidden, gatewaySecretMatches, unauthenticated, GATEWAY_SECRET_HEADER, TokenVerifier, type AuthConfig } from '@bt/auth';
import type { SubgraphCaller, SubgraphContext } from './subgraph-context';
import { clockFromEnv, type Clock } from './clock';
import { requestOrigin } from './request-origin';

export interface SubgraphServerOptions<TContext extends SubgraphContext> {
  name: string;
  schema: GraphQLSchema;
  auth: AuthConfig;
  /** Adds the subgraph's per-request parts (DataLoaders, services) to the verified base context. */
  buildContext: (base: SubgraphContext) => TContext;
  port: number;
  /** Loopback by default: subgraphs are reached only through the gateway. */
  host?: string;
  /** What day it is; by default today in UTC, or BT_TODAY when set (see clockFromEnv). */
  clock?: Clock;
  /** The subgraph's own Apollo plugins (e.g. employment's audit of refused attempts). */
  plugins?: ApolloServerPlugin<TContext>[];
}

export interface RunningSubgraph {
  name: string;
  url: string;
  stop(): Promise<void>;
}

/**
 * Verifies that a request came through the gateway (shared secret) and carries a valid token, then
 * builds the subgraph's context. Anything else is refused before any resolver runs.
 */
export function authenticateSubgraphRequest(req: IncomingMessage, gatewaySecret: string, tokens: TokenVerifier): SubgraphCaller {
  const secret = req.headers[GATEWAY_SECRET_HEADER];
  if (!gatewaySecretMatches(Array.isArray(secret) ? secret[0] : secret, gatewaySecret)) {
    throw forbidden('Delgrafen nås bara via gatewayen.');
  }
  const token = bearerToken(req.headers.authorization);
  if (!token) throw unauthenticated();
  return { viewer: tokens.verify(token) };
}

/** Keeps our own GraphQL errors; hides anything unexpected behind a generic message and logs it. */
export function formatSubgraphError(name: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
    console.error(`[${name}]`, original);
    return { message: 'Ett internt fel inträffade. Försök igen eller kontakta support.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

export async function startSubgraph<TContext extends SubgraphContext>(options: SubgraphServerOptions<TContext>): Promise<RunningSubgraph> {
  const server = new ApolloServer<TContext>({
    schema: options.schema,
    plugins: [
      // Apollo Server's own instrumentation that nothing here uses, off: cache-control hints (the gateway
      // never reads them, and the plugin wraps every field), inline traces, usage reporting, and the
      // landing page (a subgraph is reached only by the gateway)
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ...(options.plugins ?? []),
    ],
    formatError: formatSubgraphError(options.name),
    includeStacktraceInErrorResponses: false,
  });
  const clock = options.clock ?? clockFromEnv();
  const tokens = new TokenVerifier(options.auth.jwtSecret);
  const { url } = await startStandaloneServer(server, {
    // loopback unless told otherwise (BT_SUBGRAPH_HOST, e.g. 0.0.0.0 when the gateway runs on another host)
    listen: { port: options.port, host: options.host ?? process.env.BT_SUBGRAPH_HOST ?? '127.0.0.1' },
    context: async ({ req }) =>
      options.buildContext({ ...authenticateSubgraphRequest(req, options.auth.gatewaySecret, tokens), ...requestOrigin(req), today: clock() }),
  });
  return { name: options.name, url, stop: () => server.stop() };
}

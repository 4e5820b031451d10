import fs from 'node:fs';
import path from 'node:path';
import { authConfigFromEnv } from '@bt/auth';
import { committedDemoViewers } from '@bt/demo-people';
import { runMain, portFromEnv } from '@bt/process';
import { startGateway, GATEWAY_PORT } from './gateway';
import { subgraphUrlsFromEnv } from './subgraph-urls';

export const SUPERGRAPH_FILE = path.resolve(__dirname, '../supergraph.graphql');

runMain(async () => {
  const auth = authConfigFromEnv();
  // the development sign-in knows the seeded demo people; only in development mode
  const demoViewers = auth.devMode ? committedDemoViewers() : undefined;
  const gateway = await startGateway({
    supergraphSdl: fs.readFileSync(SUPERGRAPH_FILE, 'utf8'),
    auth,
    port: portFromEnv('GATEWAY_PORT', GATEWAY_PORT),
    host: process.env.GATEWAY_HOST ?? '0.0.0.0',
    subgraphUrls: subgraphUrlsFromEnv(),
    demoViewers,
    logging: process.env.BT_GATEWAY_LOGGING === 'true',
  });
  return {
    service: gateway,
    message: `gateway lyssnar på ${gateway.url}${auth.devMode ? ' (utvecklingsläge: POST /auth/dev-token)' : ''}`,
  };
});

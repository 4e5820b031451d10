import fs from 'node:fs';
import path from 'node:path';
import { assertDevModeListensLocally, authConfigFromEnv } from '@bt/auth';
import { committedDemoViewers } from '@bt/demo-people';
import { runMain, portFromEnv } from '@bt/process';
import { startGateway, GATEWAY_PORT } from './gateway';
import { plannerFromEnv } from './gateway-planner';
import { corsOriginsFromEnv } from './cors';
import { subgraphUrlsFromEnv } from './subgraph-urls';

export const SUPERGRAPH_FILE = path.resolve(__dirname, '../supergraph.graphql');

runMain(async () => {
  const auth = authConfigFromEnv();
  const host = process.env.BT_GATEWAY_HOST ?? '127.0.0.1';
  assertDevModeListensLocally(auth, host);
  if (auth.devMode) {
    console.warn('VARNING: utvecklingsläge (BT_DEV_MODE=true): utvecklingsinloggning utan lösenord, inbyggda hemligheter, introspektion på.');
  }
  // the development sign-in knows the seeded demo people; only in development mode
  const demoViewers = auth.devMode ? committedDemoViewers() : undefined;
  const planner = plannerFromEnv();
  const gateway = await startGateway({
    supergraphSdl: fs.readFileSync(SUPERGRAPH_FILE, 'utf8'),
    auth,
    port: portFromEnv('GATEWAY_PORT', GATEWAY_PORT),
    host,
    subgraphUrls: subgraphUrlsFromEnv(),
    demoViewers,
    corsOrigins: corsOriginsFromEnv(process.env, auth.devMode),
    logging: process.env.BT_GATEWAY_LOGGING === 'true',
    planner,
  });
  return {
    service: gateway,
    message: `gateway lyssnar på ${gateway.url}${planner === 'javascript' ? ' (JavaScript-planeraren)' : ''}${auth.devMode ? ' (utvecklingsläge: POST /auth/dev-token)' : ' (produktionsläge)'}`,
  };
});

import 'reflect-metadata';
import { authConfigFromEnv } from '@bt/auth';
import { openDatabase } from '@bt/database';
import { runMain, portFromEnv, gatewayUrlFromEnv } from '@bt/process';
import { employmentDatabase } from './employment.database';
import { startEmploymentServer, EMPLOYMENT_PORT } from './employment.server';

runMain(async () => {
  const database = await openDatabase(employmentDatabase);
  const server = await startEmploymentServer({
    database,
    auth: authConfigFromEnv(),
    port: portFromEnv('EMPLOYMENT_PORT', EMPLOYMENT_PORT),
    gatewayUrl: gatewayUrlFromEnv(),
  });
  return {
    service: { stop: async () => { await server.stop(); await database.close(); } },
    message: `employment (${database.engine}) lyssnar på ${server.url}`,
  };
});

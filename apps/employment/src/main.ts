import 'reflect-metadata';
import { authConfigFromEnv } from '@bt/auth';
import { openDatabase } from '@bt/database';
import { employmentDatabase } from './employment.database';
import { startEmploymentServer, EMPLOYMENT_PORT } from './employment.server';

async function main() {
  const database = await openDatabase(employmentDatabase);
  const server = await startEmploymentServer({
    database,
    auth: authConfigFromEnv(),
    port: Number(process.env.EMPLOYMENT_PORT ?? EMPLOYMENT_PORT),
    gatewayUrl: process.env.BT_GATEWAY_URL ?? 'http://localhost:4000/graphql',
  });
  console.log(`employment (${database.engine}) lyssnar på ${server.url}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

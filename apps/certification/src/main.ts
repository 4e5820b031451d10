import 'reflect-metadata';
import { authConfigFromEnv } from '@bt/auth';
import { openDatabase } from '@bt/database';
import { runMain, portFromEnv, gatewayUrlFromEnv } from '@bt/process';
import { certificationDatabase } from './certification.database';
import { startCertificationServer, CERTIFICATION_PORT } from './certification.server';

runMain(async () => {
  const database = await openDatabase(certificationDatabase);
  const server = await startCertificationServer({
    database,
    auth: authConfigFromEnv(),
    port: portFromEnv('CERTIFICATION_PORT', CERTIFICATION_PORT),
    gatewayUrl: gatewayUrlFromEnv(),
  });
  return {
    service: {
      stop: async () => {
        await server.stop();
        await database.close();
      },
    },
    message: `certification (${database.engine}) lyssnar på ${server.url}`,
  };
});

import 'reflect-metadata';
import { authConfigFromEnv } from '@bt/auth';
import { openDatabase } from '@bt/database';
import { runMain, portFromEnv } from '@bt/process';
import { educationDatabase } from './education.database';
import { startEducationServer, EDUCATION_PORT } from './education.server';

runMain(async () => {
  const database = await openDatabase(educationDatabase);
  const server = await startEducationServer({
    database,
    auth: authConfigFromEnv(),
    port: portFromEnv('EDUCATION_PORT', EDUCATION_PORT),
  });
  return {
    service: {
      stop: async () => {
        await server.stop();
        await database.close();
      },
    },
    message: `education (${database.engine}) lyssnar på ${server.url}`,
  };
});

import 'reflect-metadata';
import { authConfigFromEnv } from '@bt/auth';
import { openDatabase } from '@bt/database';
import { JobRunner, jobsEnabled } from '@bt/jobs';
import { runMain, portFromEnv, gatewayUrlFromEnv } from '@bt/process';
import { clockFromEnv } from '@bt/subgraph';
import { employmentDatabase } from './employment.database';
import { EMPLOYMENT_JOBS } from './employment.modules';
import { startEmploymentServer, EMPLOYMENT_PORT } from './employment.server';

runMain(async () => {
  const database = await openDatabase(employmentDatabase);
  const server = await startEmploymentServer({
    database,
    auth: authConfigFromEnv(),
    port: portFromEnv('EMPLOYMENT_PORT', EMPLOYMENT_PORT),
    gatewayUrl: gatewayUrlFromEnv(),
  });
  // the feature modules' scheduled jobs, unless BT_JOBS=off; with BT_TODAY they run for that day
  const runner = jobsEnabled()
    ? new JobRunner({ dataSource: database.dataSource, jobs: EMPLOYMENT_JOBS, today: process.env.BT_TODAY ? clockFromEnv() : undefined })
    : undefined;
  runner?.start();
  return {
    service: {
      stop: async () => {
        runner?.stop();
        await server.stop();
        await database.close();
      },
    },
    message: `employment (${database.engine}) lyssnar på ${server.url}; schemalagda jobb: ${runner ? EMPLOYMENT_JOBS.map((job) => job.name).join(', ') : 'avstängda (BT_JOBS=off)'}`,
  };
});

import 'reflect-metadata';
import { authConfigFromEnv } from '@bt/auth';
import { openDatabase } from '@bt/database';
import { JobRunner, jobsEnabled } from '@bt/jobs';
import { runMain, portFromEnv, gatewayUrlFromEnv } from '@bt/process';
import { clockFromEnv } from '@bt/subgraph';
import { educationDatabase } from './education.database';
import { EDUCATION_JOBS } from './education.modules';
import { startEducationServer, EDUCATION_PORT } from './education.server';
import { publishUnpublishedTrainees } from './change-feed/trainee-education-changes';

runMain(async () => {
  const database = await openDatabase(educationDatabase);
  // rows loaded in bulk before the change feed existed (or by hand) become events, so the read models see them
  const published = await publishUnpublishedTrainees(database.dataSource);
  const server = await startEducationServer({
    database,
    auth: authConfigFromEnv(),
    port: portFromEnv('EDUCATION_PORT', EDUCATION_PORT),
    gatewayUrl: gatewayUrlFromEnv(),
  });
  // the feature modules' scheduled jobs, unless BT_JOBS=off; with BT_TODAY they run for that day
  const runner = jobsEnabled()
    ? new JobRunner({ dataSource: database.dataSource, jobs: EDUCATION_JOBS, today: process.env.BT_TODAY ? clockFromEnv() : undefined })
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
    message:
      `education (${database.engine}) lyssnar på ${server.url}${published > 0 ? `; ${published} BT-läkares läge publicerat i ändringsflödet` : ''}; ` +
      `schemalagda jobb: ${runner ? EDUCATION_JOBS.map((job) => job.name).join(', ') : 'avstängda (BT_JOBS=off)'}`,
  };
});

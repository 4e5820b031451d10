import { ServiceName, ServiceTokens, type AuthConfig } from '@bt/auth';
import type { Database } from '@bt/database';
import {
  GatewayClient,
  readModelPollMsFromEnv,
  startSubgraph,
  startWithReadModel,
  type Clock,
  type ReadModelOptions,
  type RunningSubgraphWithReadModel,
} from '@bt/subgraph';
import { buildEducationSchema } from './education.schema';
import { createEducationContext } from './education.context';
import { employmentReadModelConsumer } from './employment-read-model/employment-read-model';

export const EDUCATION_PORT = 4002;

export interface EducationServerOptions {
  database: Database;
  auth: AuthConfig;
  port?: number;
  /** The gateway, through which education reads employment's change feed (its read model of trainees) and asks about one supervisor assignment (EDU-7, EMP-1) or one unit (EDU-2). */
  gatewayUrl: string;
  /** What day it is (default: today, or BT_TODAY). */
  clock?: Clock;
  readModel?: ReadModelOptions;
}

/** Education with its read model of employment's trainees, which it polls while it runs and catches up with when planning finds a trainee missing. */
export async function startEducationServer(options: EducationServerOptions): Promise<RunningSubgraphWithReadModel> {
  const gateway = new GatewayClient(options.gatewayUrl, new ServiceTokens(ServiceName.EDUCATION, options.auth.jwtSecret));
  const { dataSource } = options.database;
  const readModel = employmentReadModelConsumer(dataSource, gateway, {
    pollMs: options.readModel?.pollMs ?? readModelPollMsFromEnv(),
    log: options.readModel?.log,
    clock: options.clock,
  });
  const schema = await buildEducationSchema();
  return startWithReadModel(readModel, () =>
    startSubgraph({
      name: 'education',
      schema,
      auth: options.auth,
      clock: options.clock,
      port: options.port ?? EDUCATION_PORT,
      buildContext: (base) => createEducationContext(base, dataSource, gateway, readModel),
    }),
  );
}

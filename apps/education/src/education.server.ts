import type { AuthConfig } from '@bt/auth';
import type { Database } from '@bt/database';
import { startSubgraph, type Clock, type RunningSubgraph } from '@bt/subgraph';
import { buildEducationSchema } from './education.schema';
import { createEducationContext } from './education.context';

export const EDUCATION_PORT = 4002;

export interface EducationServerOptions {
  database: Database;
  auth: AuthConfig;
  port?: number;
  /** What day it is (default: today, or BT_TODAY). */
  clock?: Clock;
}

export async function startEducationServer(options: EducationServerOptions): Promise<RunningSubgraph> {
  return startSubgraph({
    name: 'education',
    schema: await buildEducationSchema(),
    auth: options.auth,
    clock: options.clock,
    port: options.port ?? EDUCATION_PORT,
    buildContext: (base) => createEducationContext(base, options.database.dataSource),
  });
}

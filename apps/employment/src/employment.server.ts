import type { AuthConfig } from '@bt/auth';
import type { Database } from '@bt/database';
import { startSubgraph, SupervisedTraineesClient, type RunningSubgraph } from '@bt/subgraph';
import { buildEmploymentSchema } from './employment.schema';
import { createEmploymentContext } from './employment.context';

export const EMPLOYMENT_PORT = 4001;

export interface EmploymentServerOptions {
  database: Database;
  auth: AuthConfig;
  port?: number;
  /** The gateway, for what employment needs from other subgraphs (which trainees a supervisor has). */
  gatewayUrl: string;
}

export async function startEmploymentServer(options: EmploymentServerOptions): Promise<RunningSubgraph> {
  const supervision = new SupervisedTraineesClient(options.gatewayUrl);
  return startSubgraph({
    name: 'employment',
    schema: await buildEmploymentSchema(),
    auth: options.auth,
    port: options.port ?? EMPLOYMENT_PORT,
    buildContext: (base) => createEmploymentContext(base, options.database.dataSource, supervision),
  });
}

import { ServiceName, ServiceTokens, type AuthConfig } from '@bt/auth';
import type { Database } from '@bt/database';
import { startSubgraph, startWithEducationReadModel, GatewayClient, type Clock, type ReadModelOptions, type RunningSubgraphWithReadModel } from '@bt/subgraph';
import { buildEmploymentSchema } from './employment.schema';
import { createEmploymentContext } from './employment.context';
import { auditRefusals } from './audit/audit-refusals.plugin';

export const EMPLOYMENT_PORT = 4001;

export interface EmploymentServerOptions {
  database: Database;
  auth: AuthConfig;
  port?: number;
  /** The gateway, through which employment reads education's change feed for its read model. */
  gatewayUrl: string;
  /** What day it is (default: today, or BT_TODAY). */
  clock?: Clock;
  readModel?: ReadModelOptions;
}

export async function startEmploymentServer(options: EmploymentServerOptions): Promise<RunningSubgraphWithReadModel> {
  const gateway = new GatewayClient(options.gatewayUrl, new ServiceTokens(ServiceName.EMPLOYMENT, options.auth.jwtSecret));
  const schema = await buildEmploymentSchema();
  return startWithEducationReadModel(options.database.dataSource, gateway, options.readModel ?? {}, () =>
    startSubgraph({
      name: 'employment',
      schema,
      auth: options.auth,
      clock: options.clock,
      port: options.port ?? EMPLOYMENT_PORT,
      plugins: [auditRefusals],
      buildContext: (base) => createEmploymentContext(base, options.database.dataSource),
    }),
  );
}

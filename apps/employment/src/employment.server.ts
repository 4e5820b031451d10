import { ServiceName, ServiceTokens, type AuthConfig } from '@bt/auth';
import type { Database } from '@bt/database';
import { startSubgraph, GatewayClient, type Clock, type RunningSubgraph } from '@bt/subgraph';
import { buildEmploymentSchema } from './employment.schema';
import { createEmploymentContext } from './employment.context';
import { auditRefusals } from './audit/audit-refusals.plugin';

export const EMPLOYMENT_PORT = 4001;

export interface EmploymentServerOptions {
  database: Database;
  auth: AuthConfig;
  port?: number;
  /** The gateway, for what employment needs from other subgraphs (which trainees a supervisor has). */
  gatewayUrl: string;
  /** What day it is (default: today, or BT_TODAY). */
  clock?: Clock;
}

export async function startEmploymentServer(options: EmploymentServerOptions): Promise<RunningSubgraph> {
  const gateway = new GatewayClient(options.gatewayUrl, new ServiceTokens(ServiceName.EMPLOYMENT, options.auth.jwtSecret));
  return startSubgraph({
    name: 'employment',
    schema: await buildEmploymentSchema(),
    auth: options.auth,
    clock: options.clock,
    port: options.port ?? EMPLOYMENT_PORT,
    plugins: [auditRefusals],
    buildContext: (base) => createEmploymentContext(base, options.database.dataSource, gateway),
  });
}

import { ServiceName, ServiceTokens, type AuthConfig } from '@bt/auth';
import type { Database } from '@bt/database';
import { startSubgraph, GatewayClient, type Clock, type RunningSubgraph } from '@bt/subgraph';
import { buildCertificationSchema } from './certification.schema';
import { createCertificationContext } from './certification.context';

export const CERTIFICATION_PORT = 4003;

export interface CertificationServerOptions {
  database: Database;
  auth: AuthConfig;
  port?: number;
  /** The gateway, for what certification needs from other subgraphs (which trainees a supervisor has). */
  gatewayUrl: string;
  /** What day it is (default: today, or BT_TODAY). */
  clock?: Clock;
}

export async function startCertificationServer(options: CertificationServerOptions): Promise<RunningSubgraph> {
  const gateway = new GatewayClient(options.gatewayUrl, new ServiceTokens(ServiceName.CERTIFICATION, options.auth.jwtSecret));
  return startSubgraph({
    name: 'certification',
    schema: await buildCertificationSchema(),
    auth: options.auth,
    clock: options.clock,
    port: options.port ?? CERTIFICATION_PORT,
    buildContext: (base) => createCertificationContext(base, options.database.dataSource, gateway),
  });
}

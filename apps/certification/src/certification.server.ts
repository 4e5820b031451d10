import type { AuthConfig } from '@bt/auth';
import type { Database } from '@bt/database';
import { startSubgraph, SupervisedTraineesClient, type RunningSubgraph } from '@bt/subgraph';
import { buildCertificationSchema } from './certification.schema';
import { createCertificationContext } from './certification.context';

export const CERTIFICATION_PORT = 4003;

export interface CertificationServerOptions {
  database: Database;
  auth: AuthConfig;
  port?: number;
  /** The gateway, for what certification needs from other subgraphs (which trainees a supervisor has). */
  gatewayUrl: string;
}

export async function startCertificationServer(options: CertificationServerOptions): Promise<RunningSubgraph> {
  const supervision = new SupervisedTraineesClient(options.gatewayUrl);
  return startSubgraph({
    name: 'certification',
    schema: await buildCertificationSchema(),
    auth: options.auth,
    port: options.port ?? CERTIFICATION_PORT,
    buildContext: (base) => createCertificationContext(base, options.database.dataSource, supervision),
  });
}

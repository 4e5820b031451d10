import { ServiceName, ServiceTokens, type AuthConfig } from '@bt/auth';
import type { Database } from '@bt/database';
import { startSubgraph, startWithEducationReadModel, GatewayClient, type Clock, type ReadModelOptions, type RunningSubgraphWithReadModel } from '@bt/subgraph';
import { buildCertificationSchema } from './certification.schema';
import { createCertificationContext } from './certification.context';

export const CERTIFICATION_PORT = 4003;

export interface CertificationServerOptions {
  database: Database;
  auth: AuthConfig;
  port?: number;
  /** The gateway, through which certification reads education's change feed for its read model (supervisors' row scope). */
  gatewayUrl: string;
  /** What day it is (default: today, or BT_TODAY). */
  clock?: Clock;
  readModel?: ReadModelOptions;
}

export async function startCertificationServer(options: CertificationServerOptions): Promise<RunningSubgraphWithReadModel> {
  const gateway = new GatewayClient(options.gatewayUrl, new ServiceTokens(ServiceName.CERTIFICATION, options.auth.jwtSecret));
  const schema = await buildCertificationSchema();
  return startWithEducationReadModel(options.database.dataSource, gateway, options.readModel ?? {}, () =>
    startSubgraph({
      name: 'certification',
      schema,
      auth: options.auth,
      clock: options.clock,
      port: options.port ?? CERTIFICATION_PORT,
      buildContext: (base) => createCertificationContext(base, options.database.dataSource),
    }),
  );
}

import type { DataSource } from 'typeorm';
import { requestTraineeScope, type SubgraphContext, type GatewayClient, type TraineeScopedContext } from '@bt/subgraph';
import { createCertificationLoaders, type CertificationLoaders } from './certification.loaders';

export interface CertificationContext extends TraineeScopedContext {
  dataSource: DataSource;
  loaders: CertificationLoaders;
}

export function createCertificationContext(
  base: SubgraphContext,
  dataSource: DataSource,
  gateway: GatewayClient,
): CertificationContext {
  return {
    ...base,
    dataSource,
    loaders: createCertificationLoaders(dataSource),
    traineeScope: requestTraineeScope(base, () => gateway.supervisedTraineeIds(base.token)),
  };
}

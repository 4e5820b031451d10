import type { DataSource } from 'typeorm';
import { requestTraineeScope, type SubgraphContext, type GatewayClient, type TraineeScopedContext } from '@bt/subgraph';

/** A request to certification: the caller, the database and the caller's trainee scope; each area keeps its own loaders (perRequest). */
export interface CertificationContext extends TraineeScopedContext {
  dataSource: DataSource;
}

/** `gateway` asks education, as certification's service identity, which trainees the caller supervises. */
export function createCertificationContext(base: SubgraphContext, dataSource: DataSource, gateway: GatewayClient): CertificationContext {
  return {
    ...base,
    dataSource,
    traineeScope: requestTraineeScope(base, gateway),
  };
}

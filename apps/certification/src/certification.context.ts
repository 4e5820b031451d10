import type { DataSource } from 'typeorm';
import { EDUCATION_READ_MODEL_TABLES, requestTraineeScope, type SubgraphContext, type TraineeScopedContext } from '@bt/subgraph';

/** A request to certification: the caller, the database and the caller's trainee scope; each area keeps its own loaders (perRequest). */
export interface CertificationContext extends TraineeScopedContext {
  dataSource: DataSource;
}

/** The caller's row scope is SQL on certification's read model of education (who supervises whom). */
export function createCertificationContext(base: SubgraphContext, dataSource: DataSource): CertificationContext {
  return { ...base, dataSource, traineeScope: requestTraineeScope(base, dataSource, EDUCATION_READ_MODEL_TABLES) };
}

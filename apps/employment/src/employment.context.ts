import type { DataSource } from 'typeorm';
import { EDUCATION_READ_MODEL_TABLES, requestTraineeScope, type SubgraphContext, type TraineeScopedContext } from '@bt/subgraph';
import { createEmploymentLoaders, type EmploymentLoaders } from './employment.loaders';
import { AuditLog } from './audit/audit-log';

export interface EmploymentContext extends TraineeScopedContext {
  dataSource: DataSource;
  loaders: EmploymentLoaders;
  audit: AuditLog;
}

/** The caller's row scope is SQL on employment's read model of education (who supervises whom). */
export function createEmploymentContext(base: SubgraphContext, dataSource: DataSource): EmploymentContext {
  return {
    ...base,
    dataSource,
    loaders: createEmploymentLoaders(dataSource),
    audit: new AuditLog(dataSource, base),
    traineeScope: requestTraineeScope(base, dataSource, EDUCATION_READ_MODEL_TABLES),
  };
}

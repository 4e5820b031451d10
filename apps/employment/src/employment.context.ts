import type { DataSource } from 'typeorm';
import { requestTraineeScope, type SubgraphContext, type SupervisedTraineesClient, type TraineeScopedContext } from '@bt/subgraph';
import { createEmploymentLoaders, type EmploymentLoaders } from './employment.loaders';
import { AuditLog } from './audit/audit-log';

export interface EmploymentContext extends TraineeScopedContext {
  dataSource: DataSource;
  loaders: EmploymentLoaders;
  audit: AuditLog;
}

export function createEmploymentContext(
  base: SubgraphContext,
  dataSource: DataSource,
  supervision: SupervisedTraineesClient,
): EmploymentContext {
  return {
    ...base,
    dataSource,
    loaders: createEmploymentLoaders(dataSource),
    audit: new AuditLog(dataSource, base.viewer),
    traineeScope: requestTraineeScope(base, () => supervision.supervisedTraineeIds(base.token)),
  };
}

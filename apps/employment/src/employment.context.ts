import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@bt/subgraph';
import { createEmploymentLoaders, type EmploymentLoaders } from './employment.loaders';
import { AuditLog } from './audit/audit-log';
import { resolveTraineeScope, type TraineeScope } from '@bt/auth';
import type { SupervisedTraineesClient } from '@bt/subgraph';

export interface EmploymentContext extends SubgraphContext {
  dataSource: DataSource;
  loaders: EmploymentLoaders;
  audit: AuditLog;
  /** The caller's trainee scope, worked out once per request on first use. */
  traineeScope(): Promise<TraineeScope>;
}

export function createEmploymentContext(
  base: SubgraphContext,
  dataSource: DataSource,
  supervision: SupervisedTraineesClient,
): EmploymentContext {
  let scope: Promise<TraineeScope> | undefined;
  return {
    ...base,
    dataSource,
    loaders: createEmploymentLoaders(dataSource),
    audit: new AuditLog(dataSource, base.viewer),
    traineeScope: () => (scope ??= resolveTraineeScope(base.viewer, () => supervision.supervisedTraineeIds(base.token))),
  };
}

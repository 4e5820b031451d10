import type { DataSource } from 'typeorm';
import { resolveTraineeScope, type TraineeScope } from '@bt/auth';
import type { SubgraphContext, SupervisedTraineesClient } from '@bt/subgraph';
import { createCertificationLoaders, type CertificationLoaders } from './certification.loaders';

export interface CertificationContext extends SubgraphContext {
  dataSource: DataSource;
  loaders: CertificationLoaders;
  /** The caller's trainee scope, worked out once per request on first use. */
  traineeScope(): Promise<TraineeScope>;
}

export function createCertificationContext(
  base: SubgraphContext,
  dataSource: DataSource,
  supervision: SupervisedTraineesClient,
): CertificationContext {
  let scope: Promise<TraineeScope> | undefined;
  return {
    ...base,
    dataSource,
    loaders: createCertificationLoaders(dataSource),
    traineeScope: () => (scope ??= resolveTraineeScope(base.viewer, () => supervision.supervisedTraineeIds(base.token))),
  };
}

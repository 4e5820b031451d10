import type { DataSource } from 'typeorm';
import { resolveTraineeScope, type TraineeScope } from '@bt/auth';
import type { SubgraphContext } from '@bt/subgraph';
import { createEducationLoaders, type EducationLoaders } from './education.loaders';
import { supervisedTraineeIds } from './supervision/supervised-trainees';

export interface EducationContext extends SubgraphContext {
  dataSource: DataSource;
  loaders: EducationLoaders;
  /** The caller's trainee scope, worked out once per request on first use. */
  traineeScope(): Promise<TraineeScope>;
}

export function createEducationContext(base: SubgraphContext, dataSource: DataSource): EducationContext {
  let scope: Promise<TraineeScope> | undefined;
  return {
    ...base,
    dataSource,
    loaders: createEducationLoaders(dataSource),
    traineeScope: () => (scope ??= resolveTraineeScope(base.viewer, () => supervisedTraineeIds(dataSource, base.viewer))),
  };
}

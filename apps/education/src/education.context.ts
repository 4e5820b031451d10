import type { DataSource } from 'typeorm';
import { requestTraineeScope, type SubgraphContext, type TraineeScopedContext } from '@bt/subgraph';
import { createEducationLoaders, type EducationLoaders } from './education.loaders';
import { supervisedTraineeIds } from './supervision/supervised-trainees';

export interface EducationContext extends TraineeScopedContext {
  dataSource: DataSource;
  loaders: EducationLoaders;
}

export function createEducationContext(base: SubgraphContext, dataSource: DataSource): EducationContext {
  return {
    ...base,
    dataSource,
    loaders: createEducationLoaders(dataSource),
    traineeScope: requestTraineeScope(base, () => supervisedTraineeIds(dataSource, base.viewer)),
  };
}

import type { DataSource } from 'typeorm';
import { requestTraineeScope, type SubgraphContext, type TraineeScopedContext } from '@bt/subgraph';
import { supervisedTraineeIds } from './supervision/supervision.service';

/** A request to education: the caller, the database and the caller's trainee scope; each area keeps its own loaders (perRequest). */
export interface EducationContext extends TraineeScopedContext {
  dataSource: DataSource;
}

export function createEducationContext(base: SubgraphContext, dataSource: DataSource): EducationContext {
  return {
    ...base,
    dataSource,
    traineeScope: requestTraineeScope(base, { supervisedTraineeIds: (personId) => supervisedTraineeIds(dataSource, personId, base.today) }),
  };
}

import type { DataSource } from 'typeorm';
import { loadManyBy, perRequest } from '@bt/subgraph';
import { ExtraHoursPlan } from './extra-hours-plan.entity';
import type { EmploymentContext } from '../employment.context';

function createWorkingTimeLoaders(dataSource: DataSource) {
  return {
    plansByFlag: loadManyBy(dataSource, ExtraHoursPlan, 'flagId', { recordedAt: 'ASC' }),
  };
}

/** Working time's DataLoaders for the request `ctx` belongs to. */
export const workingTimeLoaders = perRequest((ctx: EmploymentContext) => createWorkingTimeLoaders(ctx.dataSource));

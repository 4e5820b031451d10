import { loadManyBy, loadOneBy, perRequest } from '@bt/subgraph';
import { Placement } from './placement.entity';
import type { EducationContext } from '../education.context';

/** Placements by id and by trainee (in time order): one statement per kind of key and request. */
export const placementLoaders = perRequest(({ dataSource }: EducationContext) => ({
  placement: loadOneBy(dataSource, Placement, 'id'),
  placementsByTrainee: loadManyBy(dataSource, Placement, 'traineeId', { startDate: 'ASC' }),
}));

import { loadOneBy, perRequest } from '@bt/subgraph';
import { MainSupervision } from './main-supervision.entity';
import type { EducationContext } from '../education.context';

/** Each trainee's main supervisor, one statement per request. */
export const supervisionLoaders = perRequest(({ dataSource }: EducationContext) => ({
  mainSupervisionByTrainee: loadOneBy(dataSource, MainSupervision, 'traineeId'),
}));

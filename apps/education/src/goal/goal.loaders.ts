import { loadManyBy, loadOneBy, perRequest } from '@bt/subgraph';
import { Goal } from './goal.entity';
import type { EducationContext } from '../education.context';

/** Goals by id and by framework version: one statement per kind of key and request. */
export const goalLoaders = perRequest(({ dataSource }: EducationContext) => ({
  goal: loadOneBy(dataSource, Goal, 'id'),
  goalsByFramework: loadManyBy(dataSource, Goal, 'frameworkVersion', { sortOrder: 'ASC' }),
}));

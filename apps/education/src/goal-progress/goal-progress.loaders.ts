import { loadManyBy, perRequest } from '@bt/subgraph';
import { GoalProgress } from './goal-progress.entity';
import type { EducationContext } from '../education.context';

/** EDU-11: each trainee's competence profile, one statement per request. */
export const goalProgressLoaders = perRequest(({ dataSource }: EducationContext) => ({
  goalProgressByTrainee: loadManyBy(dataSource, GoalProgress, 'traineeId'),
}));

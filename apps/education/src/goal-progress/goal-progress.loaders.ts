import { loadManyBy, loadOneBy, perRequest } from '@bt/subgraph';
import { GoalProgress } from './goal-progress.entity';
import type { EducationContext } from '../education.context';

/** EDU-11: each trainee's competence profile, one statement per request; the notes (TEXT) in a second one, only when asked for. */
export const goalProgressLoaders = perRequest(({ dataSource }: EducationContext) => ({
  goalProgressByTrainee: loadManyBy(dataSource, GoalProgress, 'traineeId'),
  goalProgressNote: loadOneBy(dataSource, GoalProgress, 'id', { note: true }),
}));

import { loadManyBy, perRequest } from '@bt/subgraph';
import { AccessTask } from './access-task.entity';
import type { EducationContext } from '../education.context';

/** Access tasks by trainee, by due day: one statement per request. */
export const accessTaskLoaders = perRequest(({ dataSource }: EducationContext) => ({
  tasksByTrainee: loadManyBy(dataSource, AccessTask, 'traineeId', { dueDate: 'ASC', taskKey: 'ASC' }),
}));

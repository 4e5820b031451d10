import { loadManyBy, loadOneBy, perRequest } from '@bt/subgraph';
import { TrainingPlan } from './training-plan.entity';
import { PlannedVacation } from './planned-vacation.entity';
import { TrainingPlanChange } from './training-plan-change.entity';
import type { EducationContext } from '../education.context';

/** Plans, their vacation and change logs by trainee: one statement per kind and request. */
export const trainingPlanLoaders = perRequest(({ dataSource }: EducationContext) => ({
  planByTrainee: loadOneBy(dataSource, TrainingPlan, 'traineeId'),
  vacationsByTrainee: loadManyBy(dataSource, PlannedVacation, 'traineeId', { startDate: 'ASC' }),
  changesByTrainee: loadManyBy(dataSource, TrainingPlanChange, 'traineeId', { version: 'DESC' }),
}));

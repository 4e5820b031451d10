import type { DataSource } from 'typeorm';
import { loadManyBy, loadOneBy } from '@bt/subgraph';
import { Goal } from './goal/goal.entity';
import { Placement } from './placement/placement.entity';
import { MainSupervision } from './supervision/main-supervision.entity';
import { GoalProgress } from './goal-progress/goal-progress.entity';

export function createEducationLoaders(dataSource: DataSource) {
  return {
    goal: loadOneBy(dataSource, Goal, 'id'),
    goalsByFramework: loadManyBy(dataSource, Goal, 'frameworkVersion', { sortOrder: 'ASC' }),
    placement: loadOneBy(dataSource, Placement, 'id'),
    placementsByTrainee: loadManyBy(dataSource, Placement, 'traineeId', { startDate: 'ASC' }),
    mainSupervisionByTrainee: loadOneBy(dataSource, MainSupervision, 'traineeId'),
    goalProgressByTrainee: loadManyBy(dataSource, GoalProgress, 'traineeId'),
  };
}

export type EducationLoaders = ReturnType<typeof createEducationLoaders>;

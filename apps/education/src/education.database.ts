import type { DatabaseDefinition } from '@bt/database';
import { Goal } from './goal/goal.entity';
import { Placement } from './placement/placement.entity';
import { MainSupervision } from './supervision/main-supervision.entity';
import { GoalProgress } from './goal-progress/goal-progress.entity';
import { GoalFramework } from './goal-framework/goal-framework.entity';
import { EducationInitial1763800000000 } from './migrations/1763800000000-education-initial';
import { GoalFrameworks1763900000000 } from './migrations/1763900000000-goal-frameworks';
import { PlacementIndexes1764000000000 } from './migrations/1764000000000-placement-indexes';

export const educationDatabase: DatabaseDefinition = {
  subgraph: 'education',
  entities: [GoalFramework, Goal, Placement, MainSupervision, GoalProgress],
  migrations: [EducationInitial1763800000000, GoalFrameworks1763900000000, PlacementIndexes1764000000000],
};

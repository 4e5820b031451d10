import { describeMigrations } from '@bt/testing';
import { educationDatabase } from './education.database';

describeMigrations(educationDatabase, {
  migrations: ['EducationInitial1763800000000', 'GoalFrameworks1763900000000', 'PlacementIndexes1764000000000', 'EngineNeutralSchema1766000000000'],
  tables: ['goal', 'goal_framework', 'goal_progress', 'main_supervision', 'placement'],
});

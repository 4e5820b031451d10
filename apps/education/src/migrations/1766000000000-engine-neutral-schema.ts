import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeEngineNeutral, undoEngineNeutral, type EngineNeutralSchema } from '@bt/database';

/**
 * What EducationInitial1763800000000 created that reads back differently on the two engines (see
 * `EngineNeutralSchema`): its one foreign key (written without rules), the unique (traineeId, goalId)
 * of goal_progress that MySQL/MariaDB never got (the table also has an unnamed index), and its `int`
 * columns.
 */
const SCHEMA: EngineNeutralSchema = {
  keys: [{ table: 'goal_progress', column: 'goalId', references: 'goal' }],
  // named as the entity's @Unique(['traineeId', 'goalId']) is named on MySQL/MariaDB (SQLite has it as UQ_318cf9…)
  missingUniques: [{ table: 'goal_progress', name: 'IDX_318cf9ba98c5f2e23f1416b2cd', columnNames: ['traineeId', 'goalId'] }],
  intColumns: [
    { table: 'goal', columns: ['sortOrder'] },
    { table: 'goal_progress', columns: ['level'] },
  ],
};

/** The same schema on both engines, as the entities declare it. Spans goal and goal_progress, so it is listed with the first migration (education.modules.ts). */
export class EngineNeutralSchema1766000000000 implements MigrationInterface {
  name = 'EngineNeutralSchema1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await makeEngineNeutral(queryRunner, SCHEMA);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await undoEngineNeutral(queryRunner, SCHEMA);
  }
}

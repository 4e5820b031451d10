import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const traineeId = { name: 'traineeId', type: 'varchar', length: '36' };

/**
 * EDU-1, EDU-2, EDU-5, ABS-4: the training plan per trainee (version, confirmation), its planned
 * vacation and its change log, and the region's template per main site. Schema builder only: same on
 * MySQL and SQLite.
 */
export class TrainingPlan1768440000001 implements MigrationInterface {
  name = 'TrainingPlan1768440000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'training_plan',
        columns: [
          id,
          traineeId,
          { name: 'version', type: 'integer', default: 1 },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'confirmedAt', type: 'datetime', precision: 3, isNullable: true },
          { name: 'confirmedById', type: 'varchar', length: '36', isNullable: true },
          { name: 'deviationReason', type: 'varchar', length: '1000', isNullable: true },
        ],
        uniques: [{ name: 'UQ_training_plan_trainee', columnNames: ['traineeId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'planned_vacation',
        columns: [id, traineeId, { name: 'startDate', type: 'date' }, { name: 'endDate', type: 'date' }],
        indices: [{ name: 'IDX_planned_vacation_trainee', columnNames: ['traineeId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'training_plan_change',
        columns: [
          id,
          traineeId,
          { name: 'version', type: 'integer' },
          { name: 'action', type: 'varchar', length: '30' },
          { name: 'placementId', type: 'varchar', length: '36', isNullable: true },
          { name: 'summary', type: 'varchar', length: '500' },
          { name: 'reason', type: 'varchar', length: '1000', isNullable: true },
          { name: 'changedById', type: 'varchar', length: '36' },
          { name: 'changedAt', type: 'datetime', precision: 3 },
        ],
        indices: [{ name: 'IDX_training_plan_change_trainee', columnNames: ['traineeId', 'version'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'training_plan_template',
        columns: [
          { name: 'siteCode', type: 'varchar', length: '20', isPrimary: true },
          { name: 'summerVacationStartWeek', type: 'integer' },
          { name: 'summerVacationWeeks', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'training_plan_template_placement',
        columns: [
          { name: 'siteCode', type: 'varchar', length: '20', isPrimary: true },
          { name: 'position', type: 'integer', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '30' },
          { name: 'months', type: 'integer' },
          { name: 'unitId', type: 'varchar', length: '36' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['training_plan_template_placement', 'training_plan_template', 'training_plan_change', 'planned_vacation', 'training_plan']) {
      await queryRunner.dropTable(table);
    }
  }
}

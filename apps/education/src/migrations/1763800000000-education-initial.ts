import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const ref = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });

/** Goals, placements, main supervision and goal progress. Schema builder only: same on MySQL and SQLite. */
export class EducationInitial1763800000000 implements MigrationInterface {
  name = 'EducationInitial1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'goal',
        columns: [
          id,
          { name: 'code', type: 'varchar', length: '10' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'frameworkVersion', type: 'varchar', length: '40' },
          { name: 'sortOrder', type: 'int' },
        ],
        uniques: [{ columnNames: ['frameworkVersion', 'code'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'placement',
        columns: [
          id,
          ref('traineeId'),
          ref('unitId'),
          { name: 'kind', type: 'varchar', length: '30' },
          { name: 'startDate', type: 'date' },
          { name: 'endDate', type: 'date' },
          ref('clinicalSupervisorId', true),
        ],
        indices: [{ columnNames: ['traineeId'] }, { columnNames: ['clinicalSupervisorId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'main_supervision',
        columns: [{ ...ref('traineeId'), isPrimary: true }, ref('supervisorId'), { name: 'fromDate', type: 'date' }],
        indices: [{ columnNames: ['supervisorId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'goal_progress',
        columns: [
          id,
          ref('traineeId'),
          ref('goalId'),
          { name: 'level', type: 'int' },
          { name: 'note', type: 'text', isNullable: true },
          ref('setById'),
          { name: 'setAt', type: 'datetime' },
        ],
        uniques: [{ columnNames: ['traineeId', 'goalId'] }],
        indices: [{ columnNames: ['traineeId'] }],
        foreignKeys: [{ columnNames: ['goalId'], referencedTableName: 'goal', referencedColumnNames: ['id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('goal_progress');
    await queryRunner.dropTable('main_supervision');
    await queryRunner.dropTable('placement');
    await queryRunner.dropTable('goal');
  }
}

import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

const id36 = (name: string, extra: object = {}) => ({ name, type: 'varchar', length: '36', ...extra });

/**
 * EDU-5, ABS-4: what the block schedule shows from education's feed: each placement's kind, the planned
 * vacation and the plan's status. Rows applied before this migration stay without them (kind null, no
 * vacation, no plan) until the read model is replayed (README, "Läsmodeller mellan delgrafer").
 * Schema builder only: same on MySQL and SQLite.
 */
export class BlockScheduleReadModel1768525000000 implements MigrationInterface {
  name = 'BlockScheduleReadModel1768525000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('read_placement', new TableColumn({ name: 'kind', type: 'varchar', length: '30', isNullable: true }));
    await queryRunner.createTable(
      new Table({
        name: 'read_planned_vacation',
        columns: [id36('id', { isPrimary: true }), id36('traineeId'), { name: 'startDate', type: 'date' }, { name: 'endDate', type: 'date' }],
        indices: [{ name: 'IDX_read_planned_vacation_trainee', columnNames: ['traineeId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'read_training_plan',
        columns: [id36('traineeId', { isPrimary: true }), { name: 'status', type: 'varchar', length: '20' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('read_training_plan');
    await queryRunner.dropTable('read_planned_vacation');
    await queryRunner.dropColumn('read_placement', 'kind');
  }
}

import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** ACC-1–ACC-3: the trainees' access tasks from their plans, with their ticks. Schema builder only: same on MySQL and SQLite. */
export class AccessTasks1768510000001 implements MigrationInterface {
  name = 'AccessTasks1768510000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'access_task',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'traineeId', type: 'varchar', length: '36' },
          { name: 'siteId', type: 'varchar', length: '36' },
          { name: 'taskKey', type: 'varchar', length: '50' },
          { name: 'kind', type: 'varchar', length: '30' },
          { name: 'unitId', type: 'varchar', length: '36' },
          { name: 'placementId', type: 'varchar', length: '36', isNullable: true },
          { name: 'dueDate', type: 'date' },
          { name: 'needed', type: 'boolean' },
          { name: 'doneOn', type: 'date', isNullable: true },
          { name: 'doneById', type: 'varchar', length: '36', isNullable: true },
          { name: 'doneAt', type: 'datetime', precision: 3, isNullable: true },
        ],
        uniques: [{ name: 'UQ_access_task_key', columnNames: ['traineeId', 'taskKey'] }],
        indices: [{ name: 'IDX_access_task_site_due', columnNames: ['siteId', 'dueDate'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('access_task');
  }
}

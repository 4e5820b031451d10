import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { readModelCursorTable } from '@bt/subgraph';

const id36 = (name: string, extra: object = {}) => ({ name, type: 'varchar', length: '36', ...extra });

/** Education's read model of employment's trainees (read_trainee) and its feed cursor. */
export class EmploymentReadModel1768500000001 implements MigrationInterface {
  name = 'EmploymentReadModel1768500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'read_trainee',
        columns: [
          id36('traineeId', { isPrimary: true }),
          id36('siteId'),
          { name: 'siteCode', type: 'varchar', length: '20' },
          id36('cohortId'),
          { name: 'employmentForm', type: 'varchar', length: '20' },
          { name: 'btStart', type: 'date' },
          { name: 'btEnd', type: 'date' },
          { name: 'employed', type: 'boolean' },
        ],
      }),
    );
    await queryRunner.createTable(readModelCursorTable());
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('read_model_cursor');
    await queryRunner.dropTable('read_trainee');
  }
}

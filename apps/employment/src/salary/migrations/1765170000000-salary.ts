import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const note = { name: 'note', type: 'varchar', length: '500', isNullable: true };

/** EMP-2: salary guidelines per year and each trainee's salary history. Schema builder only: same on MySQL and SQLite. */
export class Salary1765170000000 implements MigrationInterface {
  name = 'Salary1765170000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'salary_guideline',
        columns: [id, { name: 'year', type: 'int', isUnique: true }, { name: 'minMonthlyOre', type: 'int' }, { name: 'maxMonthlyOre', type: 'int' }, note],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'trainee_salary',
        columns: [
          id,
          { name: 'traineeId', type: 'varchar', length: '36' },
          { name: 'monthlyOre', type: 'int' },
          { name: 'validFrom', type: 'date' },
          { name: 'decidedById', type: 'varchar', length: '36' },
          { name: 'decidedAt', type: 'datetime', precision: 3 },
          note,
          { name: 'previousMonthlyOre', type: 'int', isNullable: true },
        ],
        indices: [{ name: 'IDX_trainee_salary_trainee', columnNames: ['traineeId', 'validFrom'] }],
        foreignKeys: [
          { columnNames: ['traineeId'], referencedTableName: 'trainee', referencedColumnNames: ['id'] },
          { columnNames: ['decidedById'], referencedTableName: 'person', referencedColumnNames: ['id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('trainee_salary');
    await queryRunner.dropTable('salary_guideline');
  }
}

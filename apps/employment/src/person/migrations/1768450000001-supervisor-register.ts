import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

const person = { referencedTableName: 'person', referencedColumnNames: ['id'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION' };

/** EDU-7, ORG-2: the supervisor register, one entry per person. Schema builder only: same on MySQL and SQLite. */
export class SupervisorRegister1768450000001 implements MigrationInterface {
  name = 'SupervisorRegister1768450000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'supervisor_qualification',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'version', type: 'integer', default: 1 },
          { name: 'licensed', type: 'boolean' },
          { name: 'specialistStatus', type: 'varchar', length: '20', isNullable: true },
          { name: 'specialty', type: 'varchar', length: '40', isNullable: true },
          { name: 'supervisorTrainingCourse', type: 'varchar', length: '200', isNullable: true },
          { name: 'supervisorTrainingDate', type: 'date', isNullable: true },
          { name: 'yearsOfExperience', type: 'integer', isNullable: true },
          { name: 'changedAt', type: 'datetime', precision: 3 },
          { name: 'changedById', type: 'varchar', length: '36' },
        ],
        foreignKeys: [
          { columnNames: ['id'], ...person },
          { columnNames: ['changedById'], ...person },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('supervisor_qualification');
  }
}

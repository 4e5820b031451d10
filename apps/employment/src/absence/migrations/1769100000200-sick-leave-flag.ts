import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** ABS-10, ABS-11: the trainees whose sick leave is flagged, for the Director's list. Schema builder only: same on MySQL and SQLite. */
export class SickLeaveFlag1769100000200 implements MigrationInterface {
  name = 'SickLeaveFlag1769100000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'sick_leave_flag',
        columns: [
          { name: 'traineeId', type: 'varchar', length: '36', isPrimary: true },
          { name: 'siteId', type: 'varchar', length: '36' },
          { name: 'shortTermPeriods', type: 'integer' },
          { name: 'repeatedShortTerm', type: 'boolean' },
          { name: 'longTerm', type: 'boolean' },
          { name: 'checkedOn', type: 'date' },
        ],
        indices: [{ name: 'IDX_sick_leave_flag_site', columnNames: ['siteId'] }],
        foreignKeys: [
          { columnNames: ['traineeId'], referencedTableName: 'trainee', referencedColumnNames: ['id'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sick_leave_flag');
  }
}

import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const ref = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });
const at = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });
const score = (name: string) => ({ name, type: 'integer', isNullable: true });
const version = { name: 'version', type: 'integer', default: 1 };
const rules = { onDelete: 'NO ACTION', onUpdate: 'NO ACTION' };
const to = (column: string, table: string) => ({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], ...rules });

/** EMP-5, EMP-6: workplace meetings with attendance, the exit conversation and the trainee's evaluation of BT. Schema builder only: the same on MySQL and SQLite. */
export class WorkingLife1769300000000 implements MigrationInterface {
  name = 'WorkingLife1769300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'workplace_meeting',
        columns: [
          id,
          ref('siteId'),
          { name: 'term', type: 'varchar', length: '6' },
          { name: 'date', type: 'date' },
          { name: 'startTime', type: 'varchar', length: '5' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'agenda', type: 'varchar', length: '2000', isNullable: true },
          ref('plannedById'),
          at('plannedAt'),
        ],
        indices: [{ name: 'IDX_workplace_meeting_site_term', columnNames: ['siteId', 'term', 'date'] }],
        foreignKeys: [to('siteId', 'site')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'meeting_attendance',
        columns: [
          id,
          ref('meetingId'),
          ref('traineeId'),
          { name: 'present', type: 'boolean' },
          { name: 'reason', type: 'varchar', length: '500', isNullable: true },
          ref('recordedById'),
          at('recordedAt'),
        ],
        uniques: [{ name: 'UQ_meeting_attendance_meeting_trainee', columnNames: ['meetingId', 'traineeId'] }],
        indices: [{ name: 'IDX_meeting_attendance_trainee', columnNames: ['traineeId'] }],
        foreignKeys: [to('meetingId', 'workplace_meeting'), to('traineeId', 'trainee')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'exit_conversation',
        columns: [
          { ...ref('traineeId'), isPrimary: true },
          version,
          { name: 'bookedFor', type: 'date', isNullable: true },
          ref('bookedById', true),
          { name: 'heldOn', type: 'date', isNullable: true },
          ref('heldById', true),
          at('heldRecordedAt', true),
          { name: 'notes', type: 'varchar', length: '4000', isNullable: true },
        ],
        foreignKeys: [to('traineeId', 'trainee')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'bt_evaluation',
        columns: [
          { ...ref('traineeId'), isPrimary: true },
          ref('cohortId'),
          version,
          score('introduction'),
          score('supervision'),
          score('placements'),
          score('teaching'),
          score('workload'),
          score('overall'),
          { name: 'freeText', type: 'varchar', length: '4000', isNullable: true },
          at('updatedAt'),
          at('submittedAt', true),
        ],
        indices: [{ name: 'IDX_bt_evaluation_cohort', columnNames: ['cohortId', 'submittedAt'] }],
        foreignKeys: [to('traineeId', 'trainee'), to('cohortId', 'cohort')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['bt_evaluation', 'exit_conversation', 'meeting_attendance', 'workplace_meeting']) await queryRunner.dropTable(table);
  }
}

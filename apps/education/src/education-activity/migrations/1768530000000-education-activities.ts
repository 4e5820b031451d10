import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

const varchar36 = (name: string, extra: object = {}) => ({ name, type: 'varchar', length: '36', ...extra });

/** EDU-4, EDU-5, EDU-6: education activities, the goals they serve, attendance. Schema builder only: same on MySQL and SQLite. */
export class EducationActivities1768530000000 implements MigrationInterface {
  name = 'EducationActivities1768530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'education_activity',
        columns: [
          varchar36('id', { isPrimary: true }),
          { name: 'kind', type: 'varchar', length: '30' },
          { name: 'title', type: 'varchar', length: '200' },
          varchar36('siteId'),
          varchar36('cohortId', { isNullable: true }),
          varchar36('traineeId', { isNullable: true }),
          { name: 'date', type: 'date' },
          { name: 'startTime', type: 'varchar', length: '5' },
          { name: 'endTime', type: 'varchar', length: '5' },
          { name: 'location', type: 'varchar', length: '200', isNullable: true },
          { name: 'description', type: 'varchar', length: '1000', isNullable: true },
          { name: 'version', type: 'integer', default: 1 },
          varchar36('createdById'),
        ],
        indices: [
          { name: 'IDX_education_activity_site_date', columnNames: ['siteId', 'date'] },
          { name: 'IDX_education_activity_trainee', columnNames: ['traineeId'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'education_activity_goal',
        columns: [varchar36('activityId', { isPrimary: true }), varchar36('goalId', { isPrimary: true })],
        indices: [{ name: 'IDX_education_activity_goal_goal', columnNames: ['goalId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'activity_attendance',
        columns: [
          varchar36('activityId', { isPrimary: true }),
          varchar36('traineeId', { isPrimary: true }),
          { name: 'status', type: 'varchar', length: '20' },
          varchar36('recordedById'),
          { name: 'recordedAt', type: 'datetime', precision: 3 },
        ],
        indices: [{ name: 'IDX_activity_attendance_trainee', columnNames: ['traineeId'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['activity_attendance', 'education_activity_goal', 'education_activity']) await queryRunner.dropTable(table);
  }
}

import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { id, ref } from './recruitment-columns';

/** REC-6: interview slots (one application each); REC-10: SYLF's attendance at an interview. */
export class Interviews1765500000000 implements MigrationInterface {
  name = 'Interviews1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'interview_slot',
        columns: [id, ref('roundId'), { name: 'startsAt', type: 'datetime' }, { name: 'endsAt', type: 'datetime' }, ref('applicationId', true)],
        indices: [
          { name: 'IDX_interview_slot_round', columnNames: ['roundId'] },
          { name: 'UQ_interview_slot_application', columnNames: ['applicationId'], isUnique: true },
        ],
        foreignKeys: [
          { columnNames: ['roundId'], referencedTableName: 'recruitment_round', referencedColumnNames: ['id'] },
          { columnNames: ['applicationId'], referencedTableName: 'application', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sylf_attendance',
        columns: [
          { ...ref('applicationId'), isPrimary: true },
          { name: 'requestedBy', type: 'varchar', length: '20' },
          { name: 'applicantConsent', type: 'boolean' },
          ref('recordedById'),
          { name: 'recordedAt', type: 'datetime' },
        ],
        foreignKeys: [
          { columnNames: ['applicationId'], referencedTableName: 'application', referencedColumnNames: ['id'] },
          { columnNames: ['recordedById'], referencedTableName: 'person', referencedColumnNames: ['id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sylf_attendance');
    await queryRunner.dropTable('interview_slot');
  }
}

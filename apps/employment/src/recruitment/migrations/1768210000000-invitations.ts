import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

const INVITATION_SENT_ON = new TableColumn({ name: 'invitationSentOn', type: 'date', isNullable: true });

/** REC-6: the day an applicant's interview invitation was sent. Schema builder only. */
export class Invitations1768210000000 implements MigrationInterface {
  name = 'Invitations1768210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('application', INVITATION_SENT_ON);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('application', INVITATION_SENT_ON);
  }
}

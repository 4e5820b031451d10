import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { id, ref } from './recruitment-columns';

/** Applications imported from the job portal (REC-1) with merits (REC-5), and HR's checks of the formal requirements (REC-3). */
export class Applications1765200000000 implements MigrationInterface {
  name = 'Applications1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'application',
        columns: [
          id,
          ref('roundId'),
          { name: 'externalId', type: 'varchar', length: '60' },
          { name: 'givenName', type: 'varchar', length: '100' },
          { name: 'familyName', type: 'varchar', length: '100' },
          { name: 'email', type: 'varchar', length: '200', isNullable: true },
          { name: 'phone', type: 'varchar', length: '40', isNullable: true },
          { name: 'personalIdentityNumber', type: 'varchar', length: '13' },
          ref('preferredSiteId'),
          { name: 'receivedAt', type: 'date' },
          { name: 'state', type: 'varchar', length: '20' },
          { name: 'underlakareMonthsSweden', type: 'int' },
          { name: 'underlakareMonthsRegion', type: 'int' },
          { name: 'otherHigherEducation', type: 'text', isNullable: true },
          { name: 'researchMerits', type: 'text', isNullable: true },
          { name: 'doctoralDegree', type: 'boolean' },
          { name: 'earlierEmploymentInRegion', type: 'text', isNullable: true },
        ],
        indices: [
          { name: 'UQ_application_round_external', columnNames: ['roundId', 'externalId'], isUnique: true },
          { name: 'IDX_application_state', columnNames: ['state'] },
        ],
        foreignKeys: [
          { columnNames: ['roundId'], referencedTableName: 'recruitment_round', referencedColumnNames: ['id'] },
          { columnNames: ['preferredSiteId'], referencedTableName: 'site', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'requirement_check',
        columns: [
          { ...ref('applicationId'), isPrimary: true },
          { name: 'requirement', type: 'varchar', length: '20', isPrimary: true },
          { name: 'met', type: 'boolean' },
          { name: 'evidence', type: 'varchar', length: '500' },
          ref('checkedById'),
          { name: 'checkedAt', type: 'datetime' },
        ],
        foreignKeys: [
          { columnNames: ['applicationId'], referencedTableName: 'application', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['checkedById'], referencedTableName: 'person', referencedColumnNames: ['id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('requirement_check');
    await queryRunner.dropTable('application');
  }
}

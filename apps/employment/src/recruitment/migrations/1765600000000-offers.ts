import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { id, ref } from './recruitment-columns';

/** REC-7: the criminal-records extract shown (never its content) and the offers, with the trainee an accepted offer employed (EMP-1). */
export class Offers1765600000000 implements MigrationInterface {
  name = 'Offers1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'criminal_record_check',
        columns: [
          { ...ref('applicationId'), isPrimary: true },
          { name: 'shownOn', type: 'date' },
          ref('checkedById'),
          { name: 'recordedAt', type: 'datetime' },
        ],
        foreignKeys: [
          { columnNames: ['applicationId'], referencedTableName: 'application', referencedColumnNames: ['id'] },
          { columnNames: ['checkedById'], referencedTableName: 'person', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'offer',
        columns: [
          id,
          ref('roundId'),
          ref('applicationId'),
          ref('siteId'),
          { name: 'answerBy', type: 'date' },
          { name: 'state', type: 'varchar', length: '20' },
          ref('offeredById'),
          { name: 'offeredAt', type: 'datetime' },
          { name: 'answeredAt', type: 'datetime', isNullable: true },
          ref('answeredById', true),
          ref('traineeId', true),
        ],
        indices: [
          { name: 'IDX_offer_round', columnNames: ['roundId'] },
          { name: 'UQ_offer_application', columnNames: ['applicationId'], isUnique: true },
        ],
        foreignKeys: [
          { columnNames: ['roundId'], referencedTableName: 'recruitment_round', referencedColumnNames: ['id'] },
          { columnNames: ['applicationId'], referencedTableName: 'application', referencedColumnNames: ['id'] },
          { columnNames: ['siteId'], referencedTableName: 'site', referencedColumnNames: ['id'] },
          { columnNames: ['traineeId'], referencedTableName: 'trainee', referencedColumnNames: ['id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('offer');
    await queryRunner.dropTable('criminal_record_check');
  }
}

import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { ref } from './recruitment-columns';

/** REC-4: the audit of the Director's reopenings of submitted scores (who, when, whose, submitted when). Schema builder only. */
export class ScoreReopening1767200000000 implements MigrationInterface {
  name = 'ScoreReopening1767200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'score_reopening',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'occurredAt', type: 'datetime' },
          ref('actorId'),
          { name: 'actorUsername', type: 'varchar', length: '60' },
          ref('applicationId'),
          ref('personId'),
          { name: 'submittedAt', type: 'datetime' },
        ],
        indices: [{ name: 'IDX_score_reopening_application', columnNames: ['applicationId'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('score_reopening');
  }
}

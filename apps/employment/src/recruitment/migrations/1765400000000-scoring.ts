import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { id, ref } from './recruitment-columns';

/** REC-4: the panel's scores per criterion, their submissions, and the audit of every change of a score (old and new value). */
export class Scoring1765400000000 implements MigrationInterface {
  name = 'Scoring1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'score',
        columns: [
          id,
          ref('applicationId'),
          ref('personId'),
          ref('criterionId'),
          { name: 'value', type: 'int' },
          { name: 'comment', type: 'text', isNullable: true },
          { name: 'updatedAt', type: 'datetime' },
        ],
        indices: [{ name: 'UQ_score_member_criterion', columnNames: ['applicationId', 'personId', 'criterionId'], isUnique: true }],
        foreignKeys: [
          { columnNames: ['applicationId'], referencedTableName: 'application', referencedColumnNames: ['id'] },
          { columnNames: ['personId'], referencedTableName: 'person', referencedColumnNames: ['id'] },
          { columnNames: ['criterionId'], referencedTableName: 'rubric_criterion', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'score_submission',
        columns: [
          { ...ref('applicationId'), isPrimary: true },
          { ...ref('personId'), isPrimary: true },
          { name: 'submittedAt', type: 'datetime' },
        ],
        foreignKeys: [
          { columnNames: ['applicationId'], referencedTableName: 'application', referencedColumnNames: ['id'] },
          { columnNames: ['personId'], referencedTableName: 'person', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'score_audit',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'occurredAt', type: 'datetime' },
          ref('actorId'),
          { name: 'actorUsername', type: 'varchar', length: '60' },
          ref('scoreId'),
          ref('applicationId'),
          ref('criterionId'),
          { name: 'oldValue', type: 'int', isNullable: true },
          { name: 'newValue', type: 'int' },
          { name: 'oldComment', type: 'text', isNullable: true },
          { name: 'newComment', type: 'text', isNullable: true },
        ],
        indices: [{ name: 'IDX_score_audit_application', columnNames: ['applicationId'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('score_audit');
    await queryRunner.dropTable('score_submission');
    await queryRunner.dropTable('score');
  }
}

import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { id, ref } from './recruitment-columns';

/** Recruitment rounds (REC-1), their positions per site (REC-2) and scoring rubric (REC-4). Schema builder only: same on MySQL and SQLite. */
export class RecruitmentRounds1765100000000 implements MigrationInterface {
  name = 'RecruitmentRounds1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'recruitment_round',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '150' },
          { name: 'state', type: 'varchar', length: '20' },
          { name: 'advertDate', type: 'date' },
          { name: 'applicationDeadline', type: 'date' },
          { name: 'interviewDays', type: 'text' },
          { name: 'startDate', type: 'date' },
        ],
        indices: [
          { name: 'IDX_recruitment_round_state', columnNames: ['state'] },
          { name: 'IDX_recruitment_round_start', columnNames: ['startDate'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'round_position',
        columns: [
          { ...ref('roundId'), isPrimary: true },
          { ...ref('siteId'), isPrimary: true },
          { name: 'count', type: 'int' },
        ],
        foreignKeys: [
          { columnNames: ['roundId'], referencedTableName: 'recruitment_round', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['siteId'], referencedTableName: 'site', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rubric_criterion',
        columns: [
          id,
          ref('roundId'),
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'weight', type: 'double' },
          { name: 'scaleMin', type: 'int' },
          { name: 'scaleMax', type: 'int' },
          { name: 'sortOrder', type: 'int' },
        ],
        indices: [{ name: 'IDX_rubric_criterion_round', columnNames: ['roundId'] }],
        foreignKeys: [{ columnNames: ['roundId'], referencedTableName: 'recruitment_round', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('rubric_criterion');
    await queryRunner.dropTable('round_position');
    await queryRunner.dropTable('recruitment_round');
  }
}

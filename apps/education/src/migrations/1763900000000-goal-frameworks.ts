import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Goal frameworks as published versions: the goals' framework versions become rows of their own, so
 * a revised målbeskrivning can be published while older records keep theirs.
 */
export class GoalFrameworks1763900000000 implements MigrationInterface {
  name = 'GoalFrameworks1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'goal_framework',
        columns: [
          { name: 'frameworkVersion', type: 'varchar', length: '40', isPrimary: true },
          { name: 'publishedAt', type: 'datetime' },
          { name: 'publishedById', type: 'varchar', length: '36', isNullable: true },
        ],
      }),
    );
    // frameworks already in use by goals become published versions
    await queryRunner.query('INSERT INTO goal_framework (frameworkVersion, publishedAt) SELECT DISTINCT frameworkVersion, CURRENT_TIMESTAMP FROM goal');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('goal_framework');
  }
}

import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Indexes for the admin dashboard's trainee list: sorting by employment dates and the "active today"
 * filter. (Names sort case-insensitively the Swedish way, an expression no plain index serves.) None
 * starts with a foreign-key column: MySQL would then drop its own index for that key, and the way
 * down could not remove ours.
 */
const INDEXES: [table: string, index: TableIndex][] = [
  ['trainee', new TableIndex({ name: 'IDX_trainee_start', columnNames: ['employmentStart'] })],
  ['trainee', new TableIndex({ name: 'IDX_trainee_end', columnNames: ['employmentEnd'] })],
];

/** Schema builder only: same on MySQL and SQLite. */
export class ListIndexes1764000000000 implements MigrationInterface {
  name = 'ListIndexes1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, index] of INDEXES) await queryRunner.createIndex(table, index);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, index] of [...INDEXES].reverse()) await queryRunner.dropIndex(table, index.name!);
  }
}

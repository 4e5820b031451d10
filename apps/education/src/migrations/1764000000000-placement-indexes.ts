import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const INDEXES = [
  // trainees placed at a unit today (the dashboard's "current unit" filter)
  new TableIndex({ name: 'IDX_placement_unit_start', columnNames: ['unitId', 'startDate'] }),
  // placements starting within N days (filter and start-page counts)
  new TableIndex({ name: 'IDX_placement_start', columnNames: ['startDate'] }),
];

/** Indexes for the admin dashboard's education-backed trainee filters. Schema builder: same on MySQL and SQLite. */
export class PlacementIndexes1764000000000 implements MigrationInterface {
  name = 'PlacementIndexes1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of INDEXES) await queryRunner.createIndex('placement', index);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [...INDEXES].reverse()) await queryRunner.dropIndex('placement', index.name!);
  }
}

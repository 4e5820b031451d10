import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The records that forms edit, each with the version a write must name (no lost writes); every existing row starts at 1. */
const VERSIONED = ['trainee', 'cohort', 'unit', 'person', 'recruitment_round', 'application'];

export class RecordVersions1767000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of VERSIONED) {
      await queryRunner.addColumn(table, new TableColumn({ name: 'version', type: 'integer', default: 1, isNullable: false }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...VERSIONED].reverse()) await queryRunner.dropColumn(table, 'version');
  }
}

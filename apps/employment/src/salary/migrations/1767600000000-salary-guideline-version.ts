import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** EMP-2: a salary guideline is edited in place, so a write names the version it read (no lost writes); existing rows start at 1. */
export class SalaryGuidelineVersion1767600000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('salary_guideline', new TableColumn({ name: 'version', type: 'integer', default: 1, isNullable: false }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('salary_guideline', 'version');
  }
}

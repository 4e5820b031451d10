import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

const changedBy = (isNullable: boolean) => new TableColumn({ name: 'changedById', type: 'varchar', length: '36', isNullable });

/** A change of a plan made by no person (the draft made automatically at employment) has no changedById. */
export class AutomaticDraft1768500000002 implements MigrationInterface {
  name = 'AutomaticDraft1768500000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.changeColumn('training_plan_change', 'changedById', changedBy(true));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.changeColumn('training_plan_change', 'changedById', changedBy(false));
  }
}

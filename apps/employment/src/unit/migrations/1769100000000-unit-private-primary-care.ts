import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The default as both engines read it back (0): TypeORM writes `false` literally on SQLite, where the entity's default reads 0. */
const PRIVATE_PRIMARY_CARE = new TableColumn({ name: 'privatePrimaryCare', type: 'boolean', default: 0 });

/** ABS-3: a vårdcentral in private primary care (vårdval), whose head's leave decisions HR/payroll registers. Schema builder only. */
export class UnitPrivatePrimaryCare1769100000000 implements MigrationInterface {
  name = 'UnitPrivatePrimaryCare1769100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('unit', PRIVATE_PRIMARY_CARE);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('unit', PRIVATE_PRIMARY_CARE);
  }
}

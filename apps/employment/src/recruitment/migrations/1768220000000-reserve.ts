import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The default as both engines read it back (0): TypeORM writes `false` literally on SQLite, where the entity's default reads 0. */
const ACCEPTS_OTHER_SITE = new TableColumn({ name: 'acceptsOtherSite', type: 'boolean', default: 0 });

/** REC-8: whether an applicant also accepts the other main site (the reserve list proposes them when none is left for it). Schema builder only. */
export class Reserve1768220000000 implements MigrationInterface {
  name = 'Reserve1768220000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('application', ACCEPTS_OTHER_SITE);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('application', ACCEPTS_OTHER_SITE);
  }
}

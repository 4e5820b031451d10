import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The start page's counts per site (issue 9): "active today" and "without a main supervisor" count the
 * trainees of each site by their employment dates. With only the site's index every trainee row was read
 * beside it (MariaDB: 20 016 row lookups at national size; SQLite: the same); with the dates (and, for
 * SQLite, whose indexes hold the rowid rather than the key, the id) in the index both counts read the
 * index alone, in site order, without a temporary table. The site's own index stays for its foreign key.
 * Schema builder only: CREATE INDEX on both engines, no table rebuild on SQLite.
 */
const SITE_DATES = new TableIndex({ name: 'IDX_trainee_site_dates', columnNames: ['siteId', 'employmentEnd', 'employmentStart', 'id'] });

export class TraineeSiteDatesIndex1768900000000 implements MigrationInterface {
  name = 'TraineeSiteDatesIndex1768900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('trainee', SITE_DATES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('trainee', SITE_DATES.name!);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SWEDISH_SORT_KEY_FUNCTION } from '@bt/database';

const INDEX = 'IDX_trainee_swedish_name';

function isMysqlFamily(queryRunner: QueryRunner): boolean {
  const type = queryRunner.connection.options.type;
  return type === 'mysql' || type === 'mariadb';
}

/**
 * Runs a later change of the trainee table that TypeORM makes on SQLite by rebuilding the table: its
 * rebuild cannot read back an index on expressions, so SQLite's index on the names' sort keys is
 * dropped before and created again after. On MySQL/MariaDB the change just runs.
 */
export async function withoutSqliteSwedishNameIndex(queryRunner: QueryRunner, change: () => Promise<void>): Promise<void> {
  if (isMysqlFamily(queryRunner)) return change();
  await queryRunner.query(`DROP INDEX IF EXISTS "${INDEX}"`);
  await change();
  await createSqliteIndex(queryRunner);
}

function createSqliteIndex(queryRunner: QueryRunner): Promise<unknown> {
  return queryRunner.query(
    `CREATE INDEX "${INDEX}" ON "trainee" (${SWEDISH_SORT_KEY_FUNCTION}("familyName"), ${SWEDISH_SORT_KEY_FUNCTION}("givenName"), "id")`,
  );
}

/**
 * The trainee list's default order (family name, given name, then id) from an index, the Swedish way
 * (å, ä, ö after z). MySQL/MariaDB: the name columns in utf8mb4_swedish_ci, indexed as they are. SQLite
 * (better-sqlite3 registers no collations): an index on swedish_sort_key() of each name, the expression
 * the list orders by. TypeORM cannot describe either, so the entity names the index with
 * `synchronize: false`; column collations are not compared by its schema diff.
 */
export class TraineeSwedishNameIndex1768100000000 implements MigrationInterface {
  name = 'TraineeSwedishNameIndex1768100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isMysqlFamily(queryRunner)) {
      await queryRunner.query(
        'ALTER TABLE `trainee` MODIFY `givenName` varchar(100) COLLATE utf8mb4_swedish_ci NOT NULL, MODIFY `familyName` varchar(100) COLLATE utf8mb4_swedish_ci NOT NULL',
      );
      await queryRunner.query(`CREATE INDEX \`${INDEX}\` ON \`trainee\` (\`familyName\`, \`givenName\`, \`id\`)`);
    } else {
      await createSqliteIndex(queryRunner);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (isMysqlFamily(queryRunner)) {
      await queryRunner.query(`DROP INDEX \`${INDEX}\` ON \`trainee\``);
      await queryRunner.query('ALTER TABLE `trainee` MODIFY `givenName` varchar(100) NOT NULL, MODIFY `familyName` varchar(100) NOT NULL');
    } else {
      await queryRunner.query(`DROP INDEX "${INDEX}"`);
    }
  }
}

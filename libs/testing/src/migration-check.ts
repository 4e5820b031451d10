import type { DataSource } from 'typeorm';
import type { Database, DatabaseDefinition } from '@bt/database';
import { openDatabase } from '@bt/database';
import { testDatabaseUrl } from './test-database';

/** What a subgraph's migrations do to a fresh database of the engine under test. */
export interface MigrationCheck {
  /** The migrations the definition registers, in the order it lists them. */
  registered: string[];
  /** The migrations recorded as applied after running them all, in the order they ran. */
  applied: string[];
  /** The tables (without the migrations bookkeeping) after up, after down of every migration, and after up again. */
  afterUp: string[];
  afterDown: string[];
  afterUpAgain: string[];
  /** The SQL TypeORM would still run to make the schema match the entities: empty when they cannot drift. */
  pendingAfterUp: string[];
  pendingAfterUpAgain: string[];
}

/**
 * Runs a subgraph's migrations up, all the way down, and up again on a fresh database of the engine
 * under test, and asks TypeORM's schema builder after each up what the entities still lack.
 */
export async function checkMigrations(definition: DatabaseDefinition): Promise<MigrationCheck> {
  const target = testDatabaseUrl(definition.subgraph);
  const database = await openAsItsServer(definition, target.url);
  const { dataSource } = database;
  try {
    const registered = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
    await dataSource.runMigrations({ transaction: 'each' });
    const applied: { name: string }[] = await dataSource.query('SELECT name FROM migrations ORDER BY id');
    const afterUp = await tableNames(dataSource, database.engine);
    const pendingAfterUp = await pendingSchemaChanges(dataSource);
    for (let i = 0; i < registered.length; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    const afterDown = await tableNames(dataSource, database.engine);
    await dataSource.runMigrations({ transaction: 'each' });
    return {
      registered,
      applied: applied.map((row) => row.name),
      afterUp,
      afterDown,
      afterUpAgain: await tableNames(dataSource, database.engine),
      pendingAfterUp,
      pendingAfterUpAgain: await pendingSchemaChanges(dataSource),
    };
  } finally {
    await database.close();
    await target.drop();
  }
}

/**
 * Opens the database with TypeORM's driver for the server it really is: the schema builder misreads
 * MariaDB's column defaults (`NULL`) unless the driver is `mariadb`, and would report every nullable
 * column as changed.
 */
async function openAsItsServer(definition: DatabaseDefinition, url: string): Promise<Database> {
  const database = await openDatabase(definition, { url, migrate: false });
  if (database.dataSource.options.type !== 'mysql') return database;
  const [{ version }]: { version: string }[] = await database.dataSource.query('SELECT VERSION() AS version');
  if (!version.includes('MariaDB')) return database;
  await database.close();
  return openDatabase(definition, { url: url.replace(/^mysql:/, 'mariadb:'), migrate: false });
}

async function tableNames(dataSource: DataSource, engine: 'sqlite' | 'mysql'): Promise<string[]> {
  const sql =
    engine === 'mysql'
      ? 'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()'
      : "SELECT name FROM sqlite_master WHERE type = 'table'";
  const rows: { name: string }[] = await dataSource.query(sql);
  return rows
    .map((row) => row.name)
    .filter((name) => name !== 'migrations' && !name.startsWith('sqlite_'))
    .sort();
}

async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}

import type { DatabaseDefinition } from '@bt/database';
import { openDatabase } from '@bt/database';
import { testDatabaseUrl } from './test-database';

/** The tables a database has after each step (without the migrations bookkeeping). */
export interface MigrationRoundTrip {
  afterUp: string[];
  afterDown: string[];
  afterUpAgain: string[];
}

/** Runs a subgraph's migrations up, all the way down, and up again on a fresh database of the engine under test. */
export async function migrateUpDownUp(definition: DatabaseDefinition): Promise<MigrationRoundTrip> {
  const target = testDatabaseUrl(definition.subgraph);
  const database = await openDatabase(definition, { url: target.url, migrate: false });
  const tables = async () => {
    const sql =
      database.engine === 'mysql'
        ? 'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()'
        : "SELECT name FROM sqlite_master WHERE type = 'table'";
    const rows: { name: string }[] = await database.dataSource.query(sql);
    return rows.map((row) => row.name).filter((name) => name !== 'migrations' && !name.startsWith('sqlite_')).sort();
  };
  try {
    await database.dataSource.runMigrations();
    const afterUp = await tables();
    for (let i = 0; i < database.dataSource.migrations.length; i += 1) await database.dataSource.undoLastMigration();
    const afterDown = await tables();
    await database.dataSource.runMigrations();
    return { afterUp, afterDown, afterUpAgain: await tables() };
  } finally {
    await database.close();
    await target.drop();
  }
}

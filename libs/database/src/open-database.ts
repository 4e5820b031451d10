import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { createConnection } from 'mysql2/promise';
import { dataSourceOptionsFromUrl, databaseUrlVariable, redact, type Engine } from './database-url';
import { CountingLogger } from './counting-logger';
import { serializeTransactions } from './serial-transactions';
import { swedishSortKey, SWEDISH_SORT_KEY_FUNCTION } from './swedish-sort-key';
import { reportStatementsOnSignal } from './statement-report';

export interface DatabaseDefinition {
  /** The subgraph that owns the database: employment, education, certification. */
  subgraph: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

export interface OpenDatabaseOptions {
  /** Connection URL; defaults to <SUBGRAPH>_DATABASE_URL from the environment, then embedded SQLite. */
  url?: string;
  /** Run pending migrations after connecting (default true). */
  migrate?: boolean;
}

export interface Database {
  dataSource: DataSource;
  engine: Engine;
  logger: CountingLogger;
  close(): Promise<void>;
}

/** Opens (and creates, if missing) a subgraph's own database and brings its schema up to date. */
export async function openDatabase(definition: DatabaseDefinition, options: OpenDatabaseOptions = {}): Promise<Database> {
  const url = options.url ?? process.env[databaseUrlVariable(definition.subgraph)];
  const { engine, ...connection } = dataSourceOptionsFromUrl(definition.subgraph, url);
  if (connection.type === 'mysql' || connection.type === 'mariadb') {
    await createMysqlDatabaseIfMissing(connection, url ?? '');
  } else if (connection.type === 'better-sqlite3' && connection.database !== ':memory:') {
    fs.mkdirSync(path.dirname(connection.database), { recursive: true });
  }
  const logger = new CountingLogger();
  reportStatementsOnSignal(definition.subgraph, logger);
  const dataSource = new DataSource({
    ...connection,
    ...(connection.type === 'better-sqlite3' ? { enableWAL: connection.database !== ':memory:', prepareDatabase: sqliteFunctions } : {}),
    entities: definition.entities,
    migrations: definition.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    logger,
  } as typeof connection);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new Error(
      `Kunde inte ansluta till databasen för ${definition.subgraph} (${redact(url ?? String(connection.database))}): ${(error as Error).message}`,
    );
  }
  if (connection.type === 'better-sqlite3') serializeTransactions(dataSource);
  if (options.migrate !== false) await dataSource.runMigrations({ transaction: 'each' });
  return { dataSource, engine, logger, close: () => dataSource.destroy() };
}

/**
 * SQLite's own lower() folds only A–Z; this one folds every letter (Å → å), as MySQL's does, so that
 * case-insensitive search finds "Åberg" from "åberg" on both engines. swedish_sort_key() orders text
 * the Swedish way (better-sqlite3 cannot register a collation); deterministic, so indexes may use it.
 */
function sqliteFunctions(db: { function(name: string, options: { deterministic: boolean }, fn: (value: unknown) => unknown): void }): void {
  db.function('lower', { deterministic: true }, (value) => (typeof value === 'string' ? value.toLowerCase() : value));
  db.function(SWEDISH_SORT_KEY_FUNCTION, { deterministic: true }, (value) => (typeof value === 'string' ? swedishSortKey(value) : value));
}

async function createMysqlDatabaseIfMissing(
  connection: { host?: string; port?: number; username?: string; password?: string; database?: string },
  url: string,
): Promise<void> {
  let server;
  try {
    server = await createConnection({
      host: connection.host,
      port: connection.port,
      user: connection.username,
      password: connection.password,
    });
  } catch (error) {
    throw new Error(
      `Kunde inte nå MySQL/MariaDB på ${redact(url)}: ${(error as Error).message}. Kör databasen, eller ta bort URL:en för att använda den inbyggda SQLite-databasen.`,
    );
  }
  try {
    await server.query(`CREATE DATABASE IF NOT EXISTS \`${connection.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await server.end();
  }
}

/** Drops a MySQL/MariaDB database (used by tests that create throw-away databases). */
export async function dropMysqlDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const server = await createConnection({
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 3306,
    user: decodeURIComponent(parsed.username) || 'root',
    password: decodeURIComponent(parsed.password),
  });
  try {
    await server.query(`DROP DATABASE IF EXISTS \`${decodeURIComponent(parsed.pathname.slice(1))}\``);
  } finally {
    await server.end();
  }
}

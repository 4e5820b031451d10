import { randomBytes } from 'node:crypto';
import { dropMysqlDatabase, type Engine } from '@bt/database';

/** The engine the suite runs on: `BT_TEST_DATABASE=mysql` for MySQL/MariaDB, embedded SQLite otherwise. */
export function testEngine(): Engine {
  const engine = process.env.BT_TEST_DATABASE ?? 'sqlite';
  if (engine !== 'sqlite' && engine !== 'mysql') throw new Error(`BT_TEST_DATABASE måste vara sqlite eller mysql, inte "${engine}".`);
  return engine;
}

/** Server for throw-away MySQL/MariaDB databases (root without password on the project's machines). */
const MYSQL_SERVER = process.env.BT_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

let counter = 0;

export interface TestDatabaseUrl {
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, empty database for one subgraph in one test: in memory on SQLite, a uniquely named schema on
 * MySQL. The name has a random part besides the process id: a run that was killed leaves its schemas
 * behind, and a later process with the same id must not open one of them (CREATE DATABASE IF NOT
 * EXISTS would hand it the old tables and rows).
 */
export function testDatabaseUrl(subgraph: string): TestDatabaseUrl {
  if (testEngine() === 'sqlite') return { url: 'sqlite::memory:', drop: async () => {} };
  counter += 1;
  const url = `${MYSQL_SERVER.replace(/\/$/, '')}/bt_test_${process.pid}_${counter}_${randomBytes(4).toString('hex')}_${subgraph}`;
  return { url, drop: () => dropMysqlDatabase(url) };
}

import Sqlite from 'better-sqlite3';
import { createPool, type Pool } from 'mysql2/promise';
import type { Engine } from '@bt/database';
import { SUBGRAPHS, type SubgraphName } from './service-processes';

/**
 * The three subgraphs' databases opened side by side for hand-written SQL, the floor the product is
 * compared with: one SQLite connection with the other two files attached, or a MariaDB pool that
 * names each database in its queries. Read only.
 */
export interface FloorDatabase {
  engine: Engine;
  /** A table of one subgraph's database, ready for SQL: `ed.placement`, `` `bt_bench_1_education`.`placement` ``. */
  table(subgraph: SubgraphName, name: string): string;
  query(sql: string, params?: unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

const SQLITE_SCHEMA: Record<SubgraphName, string> = { employment: 'main', education: 'ed', certification: 'ce' };

export function openFloorDatabase(engine: Engine, urls: Record<SubgraphName, string>, connections: number): FloorDatabase {
  return engine === 'sqlite' ? sqliteFloor(urls) : mysqlFloor(urls, connections);
}

function sqliteFloor(urls: Record<SubgraphName, string>): FloorDatabase {
  const file = (name: SubgraphName) => urls[name].slice('sqlite:'.length);
  const db = new Sqlite(file('employment'), { readonly: true });
  for (const name of SUBGRAPHS.slice(1)) db.prepare(`ATTACH DATABASE ? AS ${SQLITE_SCHEMA[name]}`).run(file(name));
  const statements = new Map<string, Sqlite.Statement>();
  return {
    engine: 'sqlite',
    table: (subgraph, name) => `${SQLITE_SCHEMA[subgraph]}."${name}"`,
    query: async (sql, params = []) => {
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = db.prepare(sql)));
      return statement.all(...params);
    },
    close: async () => {
      db.close();
    },
  };
}

function mysqlFloor(urls: Record<SubgraphName, string>, connections: number): FloorDatabase {
  const server = new URL(urls.employment);
  const pool: Pool = createPool({
    host: server.hostname,
    port: server.port ? Number(server.port) : 3306,
    user: decodeURIComponent(server.username) || 'root',
    password: decodeURIComponent(server.password),
    connectionLimit: connections,
    dateStrings: true,
  });
  const database = (name: SubgraphName) => decodeURIComponent(new URL(urls[name]).pathname.slice(1));
  return {
    engine: 'mysql',
    table: (subgraph, name) => `\`${database(subgraph)}\`.\`${name}\``,
    query: async (sql, params = []) => {
      const [rows] = await pool.query(sql, params);
      return rows as unknown[];
    },
    close: () => pool.end(),
  };
}

import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';

export type Engine = 'mysql' | 'sqlite';

/** Where embedded SQLite files live unless a URL says otherwise: `data/` at the repository root. */
export const DEFAULT_DATA_DIR = path.resolve(__dirname, '../../../data');

/** Environment variable holding a subgraph's connection URL, e.g. EMPLOYMENT_DATABASE_URL. */
export function databaseUrlVariable(subgraph: string): string {
  return `${subgraph.toUpperCase()}_DATABASE_URL`;
}

/**
 * Turns a connection URL into TypeORM options.
 * - `mysql://user:password@host:3306/database` (or `mariadb://`) → MySQL 8 / MariaDB through mysql2
 * - `sqlite:relative/or/absolute/file.sqlite`, `sqlite::memory:` → embedded SQLite (better-sqlite3)
 * - nothing → `data/<subgraph>.sqlite`
 */
export function dataSourceOptionsFromUrl(subgraph: string, url: string | undefined): DataSourceOptions & { engine: Engine } {
  if (!url) {
    return { engine: 'sqlite', type: 'better-sqlite3', database: path.join(DEFAULT_DATA_DIR, `${subgraph}.sqlite`) };
  }
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (!file) throw new Error(`${databaseUrlVariable(subgraph)}: ange en fil efter "sqlite:", t.ex. sqlite:data/${subgraph}.sqlite`);
    return { engine: 'sqlite', type: 'better-sqlite3', database: file === ':memory:' ? file : path.resolve(file) };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${databaseUrlVariable(subgraph)} är ingen giltig URL: ${redact(url)}`);
  }
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new Error(`${databaseUrlVariable(subgraph)}: okänd databastyp "${parsed.protocol}" (använd mysql:// eller sqlite:)`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new Error(`${databaseUrlVariable(subgraph)}: databasnamn saknas i ${redact(url)}`);
  return {
    engine: 'mysql',
    type: parsed.protocol === 'mariadb:' ? 'mariadb' : 'mysql',
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 3306,
    username: decodeURIComponent(parsed.username) || 'root',
    password: decodeURIComponent(parsed.password),
    database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: ['DATE'],
  };
}

/** The URL with any password hidden, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

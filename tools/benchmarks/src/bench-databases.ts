import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dropMysqlDatabase, type Engine } from '@bt/database';
import { buildSeedData, closeSubgraphDatabases, loadSeed, openSubgraphDatabases, type SeedData } from '@bt/seed';
import { SUBGRAPHS, type SubgraphName } from './service-processes';

export interface BenchDatabases {
  urls: Record<SubgraphName, string>;
  data: SeedData;
  /** Seconds to build and load the demo data. */
  seedSeconds: number;
  drop(): Promise<void>;
}

/**
 * Fresh databases for one engine and size, loaded with the demo data (as `npm run seed -- --scale N`
 * does): SQLite files in a temporary directory, or databases `bt_bench_<pid>_<scale>_<subgraph>` on the
 * MariaDB server (the process id keeps two runs on one server apart), dropped afterwards.
 */
export async function seededDatabases(engine: Engine, scale: number, mysqlUrl: string): Promise<BenchDatabases> {
  let urls: Record<SubgraphName, string>;
  let drop: () => Promise<void>;
  if (engine === 'sqlite') {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), `bt-bench-${scale}-`));
    urls = Object.fromEntries(SUBGRAPHS.map((name) => [name, `sqlite:${path.join(directory, `${name}.sqlite`)}`])) as Record<SubgraphName, string>;
    drop = async () => fs.rmSync(directory, { recursive: true, force: true });
  } else {
    urls = Object.fromEntries(SUBGRAPHS.map((name) => [name, `${mysqlUrl}/bt_bench_${process.pid}_${scale}_${name}`])) as Record<SubgraphName, string>;
    drop = async () => {
      await Promise.all(Object.values(urls).map((url) => dropMysqlDatabase(url)));
    };
    await drop();
  }
  const started = performance.now();
  const data = buildSeedData({ scale });
  const databases = await openSubgraphDatabases(urls);
  try {
    await loadSeed(databases, data);
  } finally {
    await closeSubgraphDatabases(databases);
  }
  return { urls, data, seedSeconds: (performance.now() - started) / 1000, drop };
}

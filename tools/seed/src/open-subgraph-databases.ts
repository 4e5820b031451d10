import { openDatabase } from '@bt/database';
import { employmentDatabase } from '@bt/employment';
import { educationDatabase } from '@bt/education';
import { certificationDatabase } from '@bt/certification';
import type { SubgraphDatabases } from './load-seed';

/** Opens (creating and migrating as needed) each subgraph's database from its URL, or embedded SQLite. */
export async function openSubgraphDatabases(urls: Partial<Record<keyof SubgraphDatabases, string>> = {}): Promise<SubgraphDatabases> {
  return {
    employment: await openDatabase(employmentDatabase, { url: urls.employment }),
    education: await openDatabase(educationDatabase, { url: urls.education }),
    certification: await openDatabase(certificationDatabase, { url: urls.certification }),
  };
}

export async function closeSubgraphDatabases(databases: SubgraphDatabases): Promise<void> {
  await Promise.all(Object.values(databases).map((database) => database.close()));
}

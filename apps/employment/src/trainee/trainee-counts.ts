import type { DataSource, EntityManager } from 'typeorm';
import { EDUCATION_FEED, ReadModelCursor, VersionedCache } from '@bt/subgraph';
import type { IsoDate } from '@bt/domain';
import { TraineeDataVersion } from './trainee-data-version.entity';
import { recordTraineeEmploymentChanges } from '../change-feed/trainee-employment-changes';

/** Counts kept per process: the start page's figures and list totals, per filter, row scope and day. */
const CACHE_SIZE = 1000;
const caches = new WeakMap<DataSource, VersionedCache<unknown>>();

/**
 * Marks trainees or cohorts as changed, in the caller's transaction: every write that adds, removes or
 * moves a trainee or cohort, or changes what the counts filter on (site, cohort, dates, names), calls it,
 * so that no count kept from before the change is answered after it commits. The trainees whose
 * employment facts it changed (`traineeIds`; none for a write of cohorts alone) get an event in
 * employment's change feed, with their state on `today`, which education plans from.
 */
export async function markTraineesChanged(manager: EntityManager, traineeIds: readonly string[], today: IsoDate): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(TraineeDataVersion)
    .set({ version: () => 'version + 1' })
    .where({ id: 1 })
    .execute();
  await recordTraineeEmploymentChanges(manager, traineeIds, today);
}

/** The version of what trainee counts count: trainees and cohorts here, and education's read model (its cursor). One statement. */
async function countedDataVersion(dataSource: DataSource): Promise<string> {
  const row = await dataSource
    .getRepository(TraineeDataVersion)
    .createQueryBuilder('data')
    .select('data.version', 'version')
    .addSelect('cursor.position', 'position')
    .leftJoin(ReadModelCursor, 'cursor', 'cursor.feed = :feed', { feed: EDUCATION_FEED })
    .where('data.id = 1')
    .getRawOne<{ version: number | string; position: number | string | null }>();
  return `${row?.version ?? 0}:${row?.position ?? 0}`;
}

/**
 * A count over trainees (which grows with the region: issue 9, the start page and list totals at
 * 100 000 trainees) computed once per version of the data it counts and `key` (what is counted: the
 * filter, the row scope, the day), and answered from this process's memory until trainees, cohorts or
 * the read model change: one statement per request instead of a scan.
 */
export async function countedOnce<V>(dataSource: DataSource, key: string, compute: () => Promise<V>): Promise<V> {
  let cache = caches.get(dataSource) as VersionedCache<V> | undefined;
  if (!cache) caches.set(dataSource, (cache = new VersionedCache<V>(CACHE_SIZE)) as VersionedCache<unknown>);
  return cache.get(key, await countedDataVersion(dataSource), compute);
}

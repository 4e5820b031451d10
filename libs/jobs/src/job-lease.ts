import type { DataSource } from 'typeorm';
import { JobLease } from './job-lease.entity';

/**
 * Takes the lease of job `name` for `holder` until `now + durationMs`, when it is free (expired) or
 * already the holder's: one conditional UPDATE, atomic on SQLite and MariaDB alike. The row is made
 * on first use (INSERT … OR IGNORE, so two replicas making it at once is harmless).
 */
export async function takeLease(dataSource: DataSource, name: string, holder: string, now: Date, durationMs: number): Promise<boolean> {
  await dataSource.createQueryBuilder().insert().into(JobLease).values({ name, holder: '', expiresAt: 0 }).orIgnore().execute();
  const taken = await dataSource
    .createQueryBuilder()
    .update(JobLease)
    .set({ holder, expiresAt: now.getTime() + durationMs })
    .where('name = :name AND (expiresAt < :now OR holder = :holder)', { name, now: now.getTime(), holder })
    .execute();
  return taken.affected === 1;
}

/** Gives the lease back (only when `holder` still has it), so the next tick need not wait for it to expire. */
export async function releaseLease(dataSource: DataSource, name: string, holder: string): Promise<void> {
  await dataSource.getRepository(JobLease).update({ name, holder }, { expiresAt: 0 });
}

import type { DataSource } from 'typeorm';
import type { IsoDate } from '@bt/domain';

/** Where a job writes what it did: the runner prefixes every line with the job's name. */
export interface JobLog {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

/** What a job gets at each run: the day it runs for (Europe/Stockholm), its subgraph's database and a log. */
export interface JobContext {
  today: IsoDate;
  dataSource: DataSource;
  log: JobLog;
}

/**
 * Work that happens without a click (expiries, reconciliations, reminders). The runner calls `run` at
 * the times of `schedule` and at most once a day per job (a successful run of the day is recorded in
 * `job_run`); `run` must still be idempotent, since a run that failed or was interrupted is tried
 * again at the next tick. It may return a short summary, recorded with the run.
 */
export interface Job {
  /** Stable, kebab case, e.g. `expire-offers`: the key of its lease and its runs. */
  name: string;
  /** A cron expression in Europe/Stockholm time, e.g. `15 0 * * *` (00:15 every day). */
  schedule: string;
  run(context: JobContext): Promise<string | void>;
}

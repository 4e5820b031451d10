import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { Cron } from 'croner';
import type { DataSource } from 'typeorm';
import type { IsoDate } from '@bt/domain';
import type { Job, JobLog } from './job';
import { JobOutcome, JobRun } from './job-run.entity';
import { releaseLease, takeLease } from './job-lease';
import { JOB_TIME_ZONE, stockholmDate } from './job-time-zone';

/** How a tick of a job ended. */
export type JobTickStatus = 'SUCCEEDED' | 'FAILED' | 'ALREADY_RAN' | 'LEASED_ELSEWHERE';

export interface JobTick {
  job: string;
  day: IsoDate;
  status: JobTickStatus;
  message?: string;
}

export interface JobRunnerOptions {
  dataSource: DataSource;
  jobs: readonly Job[];
  /** This runner's name in leases and runs; by default host, process and a random part (one per replica). */
  holder?: string;
  /** The time (tests fix it); by default the system clock. */
  now?: () => Date;
  /** The day a run is for; by default the date in Stockholm at `now()` (BT_TODAY's fixed day in demonstrations). */
  today?: () => IsoDate;
  /** How long a lease lasts: longer than any run. 15 minutes by default. */
  leaseMs?: number;
  /** Where the runner and the jobs log; the console by default. */
  log?: (line: string, error?: unknown) => void;
}

const LEASE_MS = 15 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function consoleLog(line: string, error?: unknown): void {
  if (error === undefined) console.log(line);
  else console.error(line, error);
}

/**
 * Runs jobs at the times of their schedules (Europe/Stockholm), safely with several replicas: each tick
 * takes the job's lease in the database, skips the day when a run of it has already succeeded, records
 * the run in `job_run` and logs start, finish or failure with the job's name. A failing job is recorded
 * and logged; the runner and the other jobs go on. `runNow` runs one tick at once (tests, commands).
 */
export class JobRunner {
  private readonly holder: string;
  private readonly now: () => Date;
  private readonly today: () => IsoDate;
  private readonly timers: Cron[] = [];

  constructor(private readonly options: JobRunnerOptions) {
    this.holder = options.holder ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.now = options.now ?? (() => new Date());
    this.today = options.today ?? (() => stockholmDate(this.now()));
  }

  /**
   * Starts a timer per job and catches up: a job whose time today has already passed without a
   * successful run today (the service was down at 00:15, say) runs at once. `stop` ends the timers.
   */
  start(): void {
    for (const job of this.options.jobs) {
      this.timers.push(
        new Cron(job.schedule, { name: job.name, timezone: JOB_TIME_ZONE, protect: true }, async () => {
          await this.runNow(job.name);
        }),
      );
    }
    void this.catchUp();
  }

  /** Runs, one after another, every job whose scheduled time today (Stockholm) has passed; a job that already ran today is skipped. */
  async catchUp(): Promise<JobTick[]> {
    const ticks: JobTick[] = [];
    for (const job of this.options.jobs) {
      if (this.dueEarlierToday(job)) ticks.push(await this.runNow(job.name));
    }
    return ticks;
  }

  /** Whether `job`'s schedule had a time today, in Stockholm, at or before now. */
  private dueEarlierToday(job: Job): boolean {
    const now = this.now();
    const today = stockholmDate(now);
    const schedule = new Cron(job.schedule, { timezone: JOB_TIME_ZONE, paused: true });
    // the schedule's times since this time yesterday, up to now: is one of them today?
    for (let time = schedule.nextRun(new Date(now.getTime() - DAY_MS)); time && time.getTime() <= now.getTime(); time = schedule.nextRun(time)) {
      if (stockholmDate(time) === today) return true;
    }
    return false;
  }

  stop(): void {
    for (const timer of this.timers.splice(0)) timer.stop();
  }

  /** When each started job runs next, by name (empty when stopped). */
  nextRuns(): Map<string, Date> {
    return new Map(
      this.timers.flatMap((timer) => {
        const next = timer.nextRun();
        return timer.name && next ? [[timer.name, next] as const] : [];
      }),
    );
  }

  /**
   * One tick of the job named `name`, now. Never throws for a failure of the job or of the database:
   * the job's own failure is recorded as FAILED in job_run, and either is logged and returned as FAILED,
   * so the timers go on.
   */
  async runNow(name: string): Promise<JobTick> {
    const job = this.options.jobs.find((candidate) => candidate.name === name);
    if (!job) throw new Error(`Inget schemalagt jobb heter "${name}".`);
    const day = this.today();
    const log = this.jobLog(job.name);
    try {
      return await this.tick(job, day, log);
    } catch (error) {
      const message = messageOf(error);
      log.error(`kunde inte köras: ${message}`, error);
      return { job: job.name, day, status: 'FAILED', message };
    }
  }

  private async tick(job: Job, day: IsoDate, log: JobLog): Promise<JobTick> {
    const { dataSource } = this.options;
    if (!(await takeLease(dataSource, job.name, this.holder, this.now(), this.options.leaseMs ?? LEASE_MS))) {
      return { job: job.name, day, status: 'LEASED_ELSEWHERE' };
    }
    try {
      const runs = dataSource.getRepository(JobRun);
      if (await runs.existsBy({ job: job.name, day, outcome: JobOutcome.SUCCEEDED })) return { job: job.name, day, status: 'ALREADY_RAN' };
      const run = Object.assign(new JobRun(), {
        id: randomUUID(),
        job: job.name,
        day,
        holder: this.holder,
        startedAt: this.now(),
        finishedAt: null,
        outcome: JobOutcome.RUNNING,
        message: null,
      });
      await runs.insert(run);
      log.info(`startar (${day})`);
      const renewal = this.keepLease(job.name, log);
      try {
        const message = (await job.run({ today: day, dataSource, log })) ?? undefined;
        await runs.update({ id: run.id }, { outcome: JobOutcome.SUCCEEDED, finishedAt: this.now(), message: message?.slice(0, 1000) ?? null });
        log.info(`klart${message ? `: ${message}` : ''}`);
        return { job: job.name, day, status: 'SUCCEEDED', message };
      } catch (error) {
        const message = messageOf(error);
        await runs.update({ id: run.id }, { outcome: JobOutcome.FAILED, finishedAt: this.now(), message: message.slice(0, 1000) });
        log.error(`misslyckades: ${message}`, error);
        return { job: job.name, day, status: 'FAILED', message };
      } finally {
        clearInterval(renewal);
      }
    } finally {
      await releaseLease(dataSource, job.name, this.holder);
    }
  }

  /** Renews the lease a third of its length at a time while a run goes on, so a long run is never taken over by another replica. */
  private keepLease(name: string, log: JobLog): NodeJS.Timeout {
    const leaseMs = this.options.leaseMs ?? LEASE_MS;
    return setInterval(() => {
      takeLease(this.options.dataSource, name, this.holder, this.now(), leaseMs).then(
        (kept) => kept || log.error('förlorade låset under körningen; en annan instans kan ha tagit över'),
        (error: unknown) => log.error(`kunde inte förnya låset: ${messageOf(error)}`, error),
      );
    }, leaseMs / 3);
  }

  private jobLog(name: string): JobLog {
    const write = this.options.log ?? consoleLog;
    return {
      info: (message) => write(`[jobb ${name}] ${message}`),
      error: (message, error) => write(`[jobb ${name}] ${message}`, error),
    };
  }
}

/** Whether this process runs scheduled jobs: yes unless `BT_JOBS=off` (a replica only for requests, a demonstration, a test). */
export function jobsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BT_JOBS !== 'off';
}

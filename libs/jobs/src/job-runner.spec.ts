import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '@bt/database';
import { testDatabaseUrl, testEngine } from '@bt/testing';
import type { Job } from './job';
import { JobRunner, jobsEnabled } from './job-runner';
import { JobOutcome, JobRun } from './job-run.entity';
import { takeLease } from './job-lease';
import { jobsModule } from './jobs.module';

const definition = { subgraph: 'jobs', ...jobsModule };

/** A database two runners (two connections, as two replicas) share: a file on SQLite, a schema on MariaDB. */
function sharedDatabaseUrl(): { url: string; drop(): Promise<void> } {
  if (testEngine() === 'mysql') return testDatabaseUrl('jobs');
  const file = path.join(os.tmpdir(), `bt-jobs-${randomUUID()}.sqlite`);
  return { url: `sqlite:${file}`, drop: async () => fs.rmSync(file, { force: true }) };
}

/** A job that counts its runs in memory, taking `ms` to do so (time for a second runner to try). */
function countingJob(name: string, ms = 0): Job & { runs: string[] } {
  const runs: string[] = [];
  return {
    name,
    schedule: '15 0 * * *',
    runs,
    async run({ today }) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      runs.push(today);
      return `körning ${runs.length}`;
    },
  };
}

describe(`scheduled jobs on ${testEngine()}`, () => {
  const target = sharedDatabaseUrl();
  let first: Database;
  let second: Database;
  const lines: string[] = [];
  let now = new Date('2027-10-11T22:15:00Z');
  const runner = (database: Database, jobs: Job[], holder: string) =>
    new JobRunner({
      dataSource: database.dataSource,
      jobs,
      holder,
      now: () => now,
      log: (line, error) => lines.push(error ? `${line} | ${(error as Error).message}` : line),
    });

  beforeAll(async () => {
    first = await openDatabase(definition, { url: target.url });
    second = await openDatabase(definition, { url: target.url });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await target.drop();
  });

  it('runs a job for the day in Stockholm, records the run, and does nothing more that day', async () => {
    const job = countingJob('count-once');
    const a = runner(first, [job], 'replica-a');
    // 22:15 UTC on 11 October is 00:15 on 12 October in Stockholm
    expect(await a.runNow('count-once')).toEqual({ job: 'count-once', day: '2027-10-12', status: 'SUCCEEDED', message: 'körning 1' });
    expect(await a.runNow('count-once')).toEqual({ job: 'count-once', day: '2027-10-12', status: 'ALREADY_RAN' });
    expect(await runner(second, [job], 'replica-b').runNow('count-once')).toMatchObject({ status: 'ALREADY_RAN' });
    expect(job.runs).toEqual(['2027-10-12']);
    expect(await first.dataSource.getRepository(JobRun).findBy({ job: 'count-once' })).toEqual([
      expect.objectContaining({ day: '2027-10-12', holder: 'replica-a', outcome: JobOutcome.SUCCEEDED, message: 'körning 1', finishedAt: expect.any(Date) }),
    ]);
    expect(lines).toEqual(['[jobb count-once] startar (2027-10-12)', '[jobb count-once] klart: körning 1']);
    now = new Date('2027-10-12T22:15:00Z');
    expect(await a.runNow('count-once')).toMatchObject({ day: '2027-10-13', status: 'SUCCEEDED' });
    expect(job.runs).toEqual(['2027-10-12', '2027-10-13']);
  });

  it('runs a job once when two replicas tick at the same moment (lease in the database)', async () => {
    const job = countingJob('race', 200);
    const [a, b] = [runner(first, [job], 'replica-a'), runner(second, [job], 'replica-b')];
    for (const day of ['2027-11-01', '2027-11-02', '2027-11-03']) {
      now = new Date(`${day}T10:00:00Z`);
      const statuses = (await Promise.all([a.runNow('race'), b.runNow('race')])).map((tick) => tick.status).sort();
      expect(statuses).toEqual(['LEASED_ELSEWHERE', 'SUCCEEDED']);
    }
    expect(job.runs).toEqual(['2027-11-01', '2027-11-02', '2027-11-03']);
    expect(await first.dataSource.getRepository(JobRun).countBy({ job: 'race' })).toBe(3);
  });

  it('gives a lease to one holder until it expires or is given back', async () => {
    const at = new Date('2027-12-01T10:00:00Z');
    expect(await takeLease(first.dataSource, 'lease', 'replica-a', at, 60_000)).toBe(true);
    expect(await takeLease(second.dataSource, 'lease', 'replica-b', new Date(at.getTime() + 59_000), 60_000)).toBe(false);
    expect(await takeLease(first.dataSource, 'lease', 'replica-a', new Date(at.getTime() + 59_000), 60_000)).toBe(true);
    expect(await takeLease(second.dataSource, 'lease', 'replica-b', new Date(at.getTime() + 120_000), 60_000)).toBe(true);
  });

  it('records and logs a failing job as failed, keeps going with the other jobs, and tries it again at the next tick', async () => {
    now = new Date('2027-12-10T23:15:00Z');
    lines.length = 0;
    let broken = true;
    const failing: Job = {
      name: 'failing',
      schedule: '0 * * * *',
      async run() {
        if (broken) throw new Error('databasen svarade inte');
        return 'lagad';
      },
    };
    const other = countingJob('other');
    const a = runner(first, [failing, other], 'replica-a');
    expect(await a.runNow('failing')).toEqual({ job: 'failing', day: '2027-12-11', status: 'FAILED', message: 'databasen svarade inte' });
    expect(await a.runNow('other')).toMatchObject({ status: 'SUCCEEDED' });
    expect(lines).toEqual([
      '[jobb failing] startar (2027-12-11)',
      '[jobb failing] misslyckades: databasen svarade inte | databasen svarade inte',
      '[jobb other] startar (2027-12-11)',
      '[jobb other] klart: körning 1',
    ]);
    broken = false;
    expect(await a.runNow('failing')).toMatchObject({ status: 'SUCCEEDED', message: 'lagad' });
    const runs = await first.dataSource.getRepository(JobRun).find({ where: { job: 'failing' }, order: { startedAt: 'ASC', outcome: 'ASC' } });
    expect(runs.map((run) => [run.day, run.outcome, run.message])).toEqual([
      ['2027-12-11', JobOutcome.FAILED, 'databasen svarade inte'],
      ['2027-12-11', JobOutcome.SUCCEEDED, 'lagad'],
    ]);
  });

  it('logs and returns a tick the database could not serve as failed, without throwing', async () => {
    const gone = testDatabaseUrl('jobs');
    const closed = await openDatabase(definition, { url: gone.url });
    await closed.close();
    await gone.drop();
    lines.length = 0;
    const job = countingJob('unreachable');
    expect(await runner(closed, [job], 'replica-a').runNow('unreachable')).toMatchObject({ job: 'unreachable', status: 'FAILED', message: expect.any(String) });
    expect(job.runs).toEqual([]);
    expect(lines).toEqual([expect.stringMatching(/^\[jobb unreachable\] kunde inte köras: .+ \| /)]);
  });

  it('catches up on start: a job whose time today has passed without a run today runs at once, once; a job due later today waits', async () => {
    // 10:00 in Stockholm: 00:15 has passed (the service was down then), 23:00 has not
    now = new Date('2028-01-12T09:00:00Z');
    const missed = countingJob('missed-at-night');
    const evening: Job = { ...countingJob('evening'), schedule: '0 23 * * *' };
    const a = runner(first, [missed, evening], 'replica-a');
    expect(await a.catchUp()).toEqual([{ job: 'missed-at-night', day: '2028-01-12', status: 'SUCCEEDED', message: 'körning 1' }]);
    // a second replica starting later that day finds the run done
    expect(await runner(second, [missed, evening], 'replica-b').catchUp()).toEqual([{ job: 'missed-at-night', day: '2028-01-12', status: 'ALREADY_RAN' }]);
    expect(missed.runs).toEqual(['2028-01-12']);
  });

  it('renews the lease while a long run goes on, so another replica never runs the job at the same time', async () => {
    const job = countingJob('long-run', 900);
    // real clocks and a 300 ms lease: without renewal replica b would take the lease after 300 ms and run the job too
    const realRunner = (database: Database, holder: string) =>
      new JobRunner({ dataSource: database.dataSource, jobs: [job], holder, leaseMs: 300, log: () => {} });
    const first_ = realRunner(first, 'replica-a').runNow('long-run');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await realRunner(second, 'replica-b').runNow('long-run')).toMatchObject({ status: 'LEASED_ELSEWHERE' });
    expect(await first_).toMatchObject({ status: 'SUCCEEDED' });
    expect(job.runs).toHaveLength(1);
  });

  it('schedules each job in Stockholm time and stops its timers', () => {
    // 00:05 in Stockholm: nothing to catch up on at start
    const a = new JobRunner({ dataSource: first.dataSource, jobs: [countingJob('timed')], holder: 'replica-a', now: () => new Date('2027-10-11T22:05:00Z') });
    a.start();
    try {
      const next = a.nextRuns().get('timed')!;
      expect(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(next)).toBe('00:15');
    } finally {
      a.stop();
    }
    expect(a.nextRuns().size).toBe(0);
  });
});

describe('BT_JOBS', () => {
  it('runs jobs unless it is off', () => {
    expect(jobsEnabled({})).toBe(true);
    expect(jobsEnabled({ BT_JOBS: 'on' })).toBe(true);
    expect(jobsEnabled({ BT_JOBS: 'off' })).toBe(false);
  });
});

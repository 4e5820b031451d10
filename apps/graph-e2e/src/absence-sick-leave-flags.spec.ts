import { EMPLOYMENT_JOBS, SickLeaveFlag } from '@bt/employment';
import { JobRunner } from '@bt/jobs';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';

const FLAG_PAGE = `{ sickLeaveFlagPage(perPage: 50) { total items { trainee { id } followUp { shortTermPeriods repeatedShortTermSickLeave } } } }`;
const APPLY = `mutation ($traineeId: ID!, $input: AbsenceInput!) { applyForAbsence(traineeId: $traineeId, input: $input) { id } }`;

type FlagPage = { sickLeaveFlagPage: { total: number; items: { trainee: { id: string }; followUp: { shortTermPeriods: number } }[] } };

/** ABS-10, ABS-11: the kept sick-leave flags behind the (deputy) Director's list, refreshed on each change and nightly. */
describe(`the sick-leave flags, kept by every change and a nightly job, on ${testEngine()}`, () => {
  let graph: TestGraph;
  let now: Date;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const runner = () =>
    new JobRunner({ dataSource: graph.databases.employment.dataSource, jobs: EMPLOYMENT_JOBS, holder: 'replica-a', now: () => now, log: () => {} });
  const flags = () => graph.databases.employment.dataSource.getRepository(SickLeaveFlag).find({ order: { traineeId: 'ASC' } });
  const ebba = () => graph.data.trainees.find((t) => t.username === 'bt-ebba.hussein')!;
  const list = async () => {
    const response = await graph.query<FlagPage>(FLAG_PAGE, { token: graph.tokenFor('atbt-chef') });
    expect(response.errors).toBeUndefined();
    return response.data!.sickLeaveFlagPage;
  };

  it('is a job of employment that runs every night at 03:30 Swedish time', () => {
    expect(EMPLOYMENT_JOBS.find((job) => job.name === 'sick-leave-flag-check')?.schedule).toBe('30 3 * * *');
  });

  it('ABS-11: the demo data is flagged as loaded, and the list pages those flags', async () => {
    expect((await flags()).map((flag) => [flag.repeatedShortTerm, flag.longTerm])).toEqual([[true, false]]);
    expect(await list()).toEqual({
      total: 1,
      items: [{ trainee: { id: ebba().id }, followUp: { shortTermPeriods: 6, repeatedShortTermSickLeave: true } }],
    });
  });

  it('ABS-11: a seventh short sick leave reaches the list at once, without waiting for the night', async () => {
    const response = await graph.query(APPLY, {
      token: graph.tokenFor('hr-samordnare'),
      variables: { traineeId: ebba().id, input: { kind: 'SICK_LEAVE', startDate: '2026-11-16', endDate: '2026-11-17', percent: 100 } },
    });
    expect(response.errors).toBeUndefined();
    expect((await flags())[0]).toMatchObject({ traineeId: ebba().id, shortTermPeriods: 7 });
    expect((await list()).items[0].followUp.shortTermPeriods).toBe(7);
  });

  it('ABS-11: the nightly run moves the 12-month window (a year later nothing is flagged), once a day, idempotent', async () => {
    now = new Date('2027-11-23T02:30:00Z'); // 03:30 in Stockholm, a year after the demo's day
    expect(await runner().runNow('sick-leave-flag-check')).toMatchObject({ status: 'SUCCEEDED' });
    expect(await flags()).toEqual([]);
    expect(await runner().runNow('sick-leave-flag-check')).toMatchObject({ status: 'ALREADY_RAN' });

    now = new Date(`${graph.data.asOf}T02:30:00Z`);
    expect(await runner().runNow('sick-leave-flag-check')).toMatchObject({ status: 'SUCCEEDED' });
    const again = await flags();
    expect(again.map((flag) => flag.shortTermPeriods)).toEqual([7]);
    expect(await runner().runNow('sick-leave-flag-check')).toMatchObject({ status: 'ALREADY_RAN' });
    expect(await flags()).toEqual(again);
  });
});

import { EMPLOYMENT_JOBS, Offer } from '@bt/employment';
import { JobOutcome, JobRun, JobRunner } from '@bt/jobs';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import {
  call,
  MAKE_OFFER,
  moveRound,
  RECORD_CHECK,
  recordRequirements,
  roundWithApplications,
  rubricOf,
  scoreAndSubmit,
  seatPanel,
  siteId,
} from './recruitment-support';

/** The day the graph stands still on: the offers of the VT 2028 round are being made. */
const TODAY = '2027-10-12';
const RESERVE = 'query ($roundId: ID!, $siteId: ID!) { reserveList(roundId: $roundId, siteId: $siteId) { application { externalId } } }';

describe(`the expire-offers job (REC-7, REC-8) on ${testEngine()}`, () => {
  let graph: TestGraph;
  let roundId: string;
  let ids: Map<string, string>;
  const id = (externalId: string) => ids.get(`OJ-2027-${externalId}`)!;
  const lines: string[] = [];
  let now: Date;
  const runner = (holder: string) =>
    new JobRunner({ dataSource: graph.databases.employment.dataSource, jobs: EMPLOYMENT_JOBS, holder, now: () => now, log: (line) => lines.push(line) });
  const offerOf = (number: string) => graph.databases.employment.dataSource.getRepository(Offer).findOneByOrFail({ applicationId: id(number) });
  const reserve = async (site: string) =>
    (
      await call<{ reserveList: { application: { externalId: string } }[] }>(graph, 'atbt-chef', RESERVE, { roundId, siteId: siteId(graph, site) })
    ).reserveList.map((r) => r.application.externalId.slice(-4));

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
    ({ roundId, ids } = await roundWithApplications(graph));
    const scores: [string, number[]][] = [
      ['1002', [5, 4, 4, 3]], // Växjö
      ['1007', [4, 4, 4, 4]], // Växjö
      ['1001', [3, 3, 3, 3]], // Växjö
      ['1005', [2, 2, 2, 2]], // Växjö
      ['1003', [4, 4, 4, 4]], // Ljungby
      ['1008', [3, 3, 3, 3]], // Ljungby
    ];
    for (const [number] of scores) await recordRequirements(graph, id(number));
    await seatPanel(graph, roundId);
    await moveRound(graph, roundId, 'OPEN', 'INTERVIEWS');
    const criteria = await rubricOf(graph, roundId);
    for (const [number, values] of scores) await scoreAndSubmit(graph, 'hr-samordnare', id(number), criteria, values);
    await moveRound(graph, roundId, 'INTERVIEWS', 'OFFERS');
    const offers: [string, string, string][] = [
      ['1002', 'Växjö', '2027-10-12'],
      ['1007', 'Växjö', '2027-10-14'],
      ['1003', 'Ljungby', '2027-10-13'],
    ];
    for (const [number, site, answerBy] of offers) {
      await call(graph, 'hr-samordnare', RECORD_CHECK, { applicationId: id(number), shownOn: TODAY });
      await call(graph, 'atbt-chef', MAKE_OFFER, { applicationId: id(number), siteId: siteId(graph, site), answerBy });
    }
  });
  afterAll(() => graph?.stop());

  it('is registered by recruitment to run every night at 00:15 Swedish time (beside the change feed’s compaction at 02:30)', () => {
    expect(EMPLOYMENT_JOBS.map((job) => [job.name, job.schedule])).toEqual([
      ['compact-change-feed', '30 2 * * *'],
      ['expire-offers', '15 0 * * *'],
      ['sick-leave-flag-check', '30 3 * * *'],
      ['extra-hours-quarter-check', '15 3 * * *'],
    ]);
  });

  it('expires exactly the offers whose day to answer has passed, as the system, and proposes the next on each reserve list', async () => {
    now = new Date('2027-10-13T22:15:00Z'); // 00:15 on 14 October in Stockholm
    const tick = await runner('replica-a').runNow('expire-offers');
    expect(tick).toEqual({
      job: 'expire-offers',
      day: '2027-10-14',
      status: 'SUCCEEDED',
      message: '2 erbjudande(n) markerade som utgångna av Schemalagt jobb; föreslagna från reservlistan: OJ-2027-1001, OJ-2027-1008.',
    });
    expect(await offerOf('1002')).toMatchObject({ state: 'EXPIRED', answeredById: 'system:jobs', answeredAt: expect.any(Date) });
    expect(await offerOf('1003')).toMatchObject({ state: 'EXPIRED', answeredById: 'system:jobs' });
    expect(await offerOf('1007')).toMatchObject({ state: 'PENDING', answeredById: null, answeredAt: null });
    const { applicationPage } = await call<{ applicationPage: { items: { externalId: string; state: string }[] } }>(
      graph,
      'atbt-chef',
      'query ($roundId: ID!) { applicationPage(perPage: 100, sortField: "externalId", filter: { roundId: $roundId }) { items { externalId state } } }',
      { roundId },
    );
    expect(Object.fromEntries(applicationPage.items.map((a) => [a.externalId.slice(-4), a.state]))).toMatchObject({
      '1002': 'EXPIRED',
      '1003': 'EXPIRED',
      '1007': 'OFFERED',
    });
    expect(await reserve('Växjö')).toEqual(['1001', '1005']);
    expect(await reserve('Ljungby')).toEqual(['1008']);
    expect(await graph.databases.employment.dataSource.getRepository(JobRun).findBy({ job: 'expire-offers' })).toEqual([
      expect.objectContaining({ day: '2027-10-14', holder: 'replica-a', outcome: JobOutcome.SUCCEEDED, message: tick.message, finishedAt: expect.any(Date) }),
    ]);
    expect(lines).toEqual(['[jobb expire-offers] startar (2027-10-14)', `[jobb expire-offers] klart: ${tick.message}`]);
  });

  it('does nothing more the same day, however often it ticks; the next day it runs again', async () => {
    // the offer to 1007 falls overdue during the day (its day is moved back): it waits for the next night
    await graph.databases.employment.dataSource.getRepository(Offer).update({ applicationId: id('1007') }, { answerBy: '2027-10-13' });
    now = new Date('2027-10-14T09:00:00Z');
    expect(await runner('replica-a').runNow('expire-offers')).toEqual({ job: 'expire-offers', day: '2027-10-14', status: 'ALREADY_RAN' });
    expect(await runner('replica-b').runNow('expire-offers')).toMatchObject({ status: 'ALREADY_RAN' });
    expect(await offerOf('1007')).toMatchObject({ state: 'PENDING' });
    expect(await graph.databases.employment.dataSource.getRepository(JobRun).countBy({ job: 'expire-offers' })).toBe(1);
  });

  it('runs once when two replicas tick at the same moment (the lease in job_lease)', async () => {
    now = new Date('2027-10-14T22:15:00Z'); // 00:15 on 15 October
    const ticks = await Promise.all([runner('replica-a').runNow('expire-offers'), runner('replica-b').runNow('expire-offers')]);
    expect(ticks.map((tick) => tick.status).sort()).toEqual(['LEASED_ELSEWHERE', 'SUCCEEDED']);
    expect(ticks.find((tick) => tick.status === 'SUCCEEDED')!.message).toBe(
      '1 erbjudande(n) markerade som utgångna av Schemalagt jobb; föreslagna från reservlistan: OJ-2027-1001.',
    );
    expect(await offerOf('1007')).toMatchObject({ state: 'EXPIRED', answeredById: 'system:jobs' });
    expect(
      await graph.databases.employment.dataSource.getRepository(JobRun).countBy({ job: 'expire-offers', day: '2027-10-15', outcome: JobOutcome.SUCCEEDED }),
    ).toBe(1);
    expect(await runner('replica-b').runNow('expire-offers')).toMatchObject({ day: '2027-10-15', status: 'ALREADY_RAN' });
  });
});

import { AuditEvent, EMPLOYMENT_JOBS, ExtraHoursFlag, ExtraHoursMonth } from '@bt/employment';
import { projectedCapMonth, quarterSums, type MonthMinutes } from '@bt/domain';
import { JobRunner } from '@bt/jobs';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';
import { statementsPerRequest } from './sql-statement-count';

const YEAR = `query ($traineeId: ID!, $year: Int!) { traineeExtraHours(traineeId: $traineeId, year: $year) {
  traineeId year months { month hours } quarters { quarter hours overAlert reconciled } yearHours capHours capReached capMonth projection
  monthlyRateHours warnings { code from to message } flags { quarter quarterHours plans { plan } } } }`;
const RECORD = `mutation ($traineeId: ID!, $month: String!, $hours: Float!) {
  recordExtraHours(traineeId: $traineeId, month: $month, hours: $hours) { id month hours } }`;
const RECONCILE = `mutation ($siteId: ID!, $year: Int!, $quarter: Int!) {
  reconcileExtraHoursQuarter(siteId: $siteId, year: $year, quarter: $quarter) { id year quarter flaggedCount site { name } reconciledBy { username } } }`;
const FLAGS = `query ($year: Int!, $quarter: Int!, $siteId: ID, $perPage: Int) {
  extraHoursFlagPage(year: $year, quarter: $quarter, siteId: $siteId, perPage: $perPage) {
    total items { id quarter quarterHours yearHours capMonth overQuarterAlert onCourseForCap trainee { id } site { name } plans { plan plannedOn recordedBy { username } } } } }`;
const PLAN = `mutation ($flagId: ID!, $plan: String!, $plannedOn: Date!) {
  recordExtraHoursPlan(flagId: $flagId, plan: $plan, plannedOn: $plannedOn) { id plan plannedOn recordedBy { username } } }`;

interface Year {
  months: { month: string; hours: number }[];
  quarters: { quarter: number; hours: number; overAlert: boolean; reconciled: boolean }[];
  yearHours: number;
  capReached: boolean;
  capMonth: number | null;
  projection: string | null;
  monthlyRateHours: number;
  warnings: { code: string; from: string; to: string }[];
  flags: { quarter: number; quarterHours: number; plans: { plan: string }[] }[];
}
interface Flag {
  id: string;
  quarterHours: number;
  yearHours: number;
  capMonth: number | null;
  overQuarterAlert: boolean;
  onCourseForCap: boolean;
  trainee: { id: string; username: string };
  site: { name: string };
  plans: { plan: string; plannedOn: string; recordedBy: { username: string } }[];
}

/** Ida's extra hours in 2026 as HR records them below: 40 h a month January–April (over 48 h a week on average), then 10. */
const IDA_HOURS: [string, number][] = [
  ['2026-01', 40],
  ['2026-02', 40],
  ['2026-03', 40],
  ['2026-04', 40],
  ['2026-05', 10],
  ['2026-06', 10],
  ['2026-07', 10],
  ['2026-08', 10],
  ['2026-09', 10],
  ['2026-10', 10],
];

describe(`extra hours (ABS-6) on ${testEngine()}`, () => {
  let graph: TestGraph;
  const lines: string[] = [];
  let now: Date;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const trainee = (username: string) => graph.data.trainees.find((t) => t.username === username)!;
  const siteId = (name: string) => graph.data.sites.find((s) => s.name === name)!.id;
  const ask = <T>(username: string, query: string, variables: Record<string, unknown> = {}) =>
    graph.query<T>(query, { token: graph.tokenFor(username), variables });
  const year = async (username: string, traineeUsername: string) => {
    const response = await ask<{ traineeExtraHours: Year }>(username, YEAR, { traineeId: trainee(traineeUsername).id, year: 2026 });
    expect(response.errors).toBeUndefined();
    return response.data!.traineeExtraHours;
  };
  const flags = async (username: string, variables: Record<string, unknown> = {}) => {
    const response = await ask<{ extraHoursFlagPage: { total: number; items: Flag[] } }>(username, FLAGS, {
      year: 2026,
      quarter: 3,
      perPage: 100,
      ...variables,
    });
    expect(response.errors).toBeUndefined();
    const page = response.data!.extraHoursFlagPage;
    // the graph's Trainee has no username: the test names trainees by the seed's
    for (const item of page.items) item.trainee.username = graph.data.trainees.find((t) => t.id === item.trainee.id)!.username;
    return page;
  };
  const runner = () =>
    new JobRunner({
      dataSource: graph.databases.employment.dataSource,
      jobs: EMPLOYMENT_JOBS,
      holder: 'replica-a',
      now: () => now,
      log: (line) => lines.push(line),
    });

  /**
   * The trainees over the limits after Q3 2026, computed with the pure rules from the seeded months (and
   * `overrides`): 60 h in the quarter, or January–September on course for 250 h. The SQL must agree.
   */
  const expectedOverQ3 = (overrides: Map<string, MonthMinutes[]> = new Map()) =>
    graph.data.trainees
      .map((t) => {
        const months = overrides.get(t.id) ?? graph.data.extraHoursMonths.filter((m) => m.traineeId === t.id).map(({ month, minutes }) => ({ month, minutes }));
        const ytd = months.filter((m) => m.month >= '2026-01' && m.month <= '2026-09').reduce((sum, m) => sum + m.minutes, 0);
        const q3 = quarterSums(2026, months)[2];
        return { username: t.username, site: graph.data.sites.find((s) => s.id === t.siteId)!.name, q3, capMonth: projectedCapMonth(ytd, 9) };
      })
      .filter((row) => row.q3.overAlert || row.capMonth !== null);

  describe('the quarterly check (a scheduled job, fixed clock)', () => {
    it('is registered to run every night at 03:15 Swedish time', () => {
      expect(EMPLOYMENT_JOBS.find((job) => job.name === 'extra-hours-quarter-check')?.schedule).toBe('15 3 * * *');
    });

    it('ABS-6: on 1 October flags every trainee over 60 h in Q3 or on course for 250 h, in one run, as the system', async () => {
      const expected = expectedOverQ3();
      expect(expected.map((row) => row.site).sort()).toEqual(['Ljungby', 'Växjö']); // the seed has one of each
      now = new Date('2026-10-01T01:15:00Z'); // 03:15 in Stockholm
      const tick = await runner().runNow('extra-hours-quarter-check');
      expect(tick).toEqual({
        job: 'extra-hours-quarter-check',
        day: '2026-10-01',
        status: 'SUCCEEDED',
        message: `Kvartal 3 2026: ${expected.length} BT-läkare över ATL-gränserna, ${expected.length} nyflaggade.`,
      });
      const stored = await graph.databases.employment.dataSource.getRepository(ExtraHoursFlag).findBy({ year: 2026, quarter: 3 });
      expect(
        stored.map((flag) => [graph.data.trainees.find((t) => t.id === flag.traineeId)!.username, flag.quarterMinutes, flag.capMonth, flag.flaggedById]).sort(),
      ).toEqual(expected.map((row) => [row.username, row.q3.minutes, row.capMonth, 'system:jobs']).sort());
    });

    it('ABS-6: is idempotent: the same day it does not run again, the next night it adds no second flag', async () => {
      expect(await runner().runNow('extra-hours-quarter-check')).toMatchObject({ status: 'ALREADY_RAN' });
      now = new Date('2026-10-02T01:15:00Z');
      const tick = await runner().runNow('extra-hours-quarter-check');
      expect(tick).toMatchObject({ status: 'SUCCEEDED', message: `Kvartal 3 2026: ${expectedOverQ3().length} BT-läkare över ATL-gränserna, 0 nyflaggade.` });
      expect(await graph.databases.employment.dataSource.getRepository(ExtraHoursFlag).countBy({ year: 2026, quarter: 3 })).toBe(expectedOverQ3().length);
    });
  });

  describe('recording and reading a trainee’s hours', () => {
    it('ABS-6: HR records a month and a new figure replaces it; audited with old and new minutes', async () => {
      const ida = trainee('bt-ida.olsson');
      const first = await ask<{ recordExtraHours: { id: string; month: string; hours: number } }>('hr-samordnare', RECORD, {
        traineeId: ida.id,
        month: '2026-01',
        hours: 12.25,
      });
      expect(first.errors).toBeUndefined();
      expect(first.data!.recordExtraHours).toMatchObject({ month: '2026-01', hours: 12.25 });
      for (const [month, hours] of IDA_HOURS) {
        const response = await ask<{ recordExtraHours: { id: string; hours: number } }>('hr-samordnare', RECORD, { traineeId: ida.id, month, hours });
        expect(response.errors).toBeUndefined();
        if (month === '2026-01') expect(response.data!.recordExtraHours.id).toBe(first.data!.recordExtraHours.id);
      }
      const audits = await graph.databases.employment.dataSource
        .getRepository(AuditEvent)
        .find({ where: { action: 'RECORD_EXTRA_HOURS', entityId: ida.id }, order: { id: 'ASC' } });
      expect(audits).toHaveLength(IDA_HOURS.length + 1);
      const seeded = graph.data.extraHoursMonths.find((m) => m.traineeId === ida.id && m.month === '2026-01')!;
      expect(audits.find((audit) => audit.newValue === '2026-01: 735 min')).toMatchObject({ oldValue: `2026-01: ${seeded.minutes} min` });
      expect(audits.find((audit) => audit.newValue === '2026-01: 2400 min')).toMatchObject({
        actorUsername: 'hr-samordnare',
        oldValue: '2026-01: 735 min',
        newValue: '2026-01: 2400 min',
      });
    });

    it('ABS-6: the year shows the quarters with the 60 h alert, the 250 h cap projection and the 48 h average warning', async () => {
      const ida = await year('hr-samordnare', 'bt-ida.olsson');
      expect(ida.months.map((m) => [m.month, m.hours])).toEqual(IDA_HOURS);
      expect(ida.quarters).toEqual([
        { quarter: 1, hours: 120, overAlert: true, reconciled: false },
        { quarter: 2, hours: 60, overAlert: true, reconciled: false },
        { quarter: 3, hours: 30, overAlert: false, reconciled: false },
        { quarter: 4, hours: 10, overAlert: false, reconciled: false },
      ]);
      // 220 h over the ten months ended on 22 November: 22 h a month reaches 250 h in December
      expect(ida).toMatchObject({
        yearHours: 220,
        capReached: false,
        capMonth: 12,
        monthlyRateHours: 22,
        projection: 'I nuvarande takt nås taket på 250 timmar i december.',
      });
      expect(ida.warnings).toEqual([expect.objectContaining({ code: 'AVERAGE_WEEK_OVER_48', from: '2026-01-01', to: '2026-04-30' })]);
    });

    it('EMP-4: the 48 h average spans the turn of the year: October–January warns in the new year’s view too', async () => {
      const nils = trainee('bt-nils.gustafsson').id;
      for (const month of ['2025-10', '2025-11', '2025-12', '2026-01']) {
        expect((await ask('hr-samordnare', RECORD, { traineeId: nils, month, hours: 45 })).errors).toBeUndefined();
      }
      const nilsYear = await year('hr-samordnare', 'bt-nils.gustafsson');
      expect(nilsYear.months.map((m) => m.month)).toEqual(['2026-01']);
      expect(nilsYear.warnings).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 'AVERAGE_WEEK_OVER_48', from: '2025-10-01', to: '2026-01-31' })]),
      );
      expect(nilsYear.warnings.every((warning) => warning.to >= '2026-01-01')).toBe(true);
    });

    it('ABS-6: refuses a month outside the employment and hours that are not quarter hours, naming the fields', async () => {
      const ida = trainee('bt-ida.olsson');
      expectProblems(await ask('hr-samordnare', RECORD, { traineeId: ida.id, month: '2025-12', hours: 5 }), 'BAD_USER_INPUT', {
        code: 'EXTRA_HOURS_OUTSIDE_EMPLOYMENT',
        field: 'month',
        rule: 'ABS-6',
      });
      expectProblems(await ask('hr-samordnare', RECORD, { traineeId: ida.id, month: '2026-02', hours: 1.1 }), 'BAD_USER_INPUT', {
        code: 'EXTRA_HOURS_INVALID',
        field: 'hours',
      });
    });

    it('ABS-6: two records of the same new month at once both succeed and leave one row (the second replaces the first)', async () => {
      const sara = trainee('bt-sara.aberg').id;
      const responses = await Promise.all([8, 9.5].map((hours) => ask('hr-samordnare', RECORD, { traineeId: sara, month: '2026-11', hours })));
      expect(responses.map((response) => response.errors)).toEqual([undefined, undefined]);
      const rows = await graph.databases.employment.dataSource.getRepository(ExtraHoursMonth).findBy({ traineeId: sara, month: '2026-11' });
      expect(rows).toHaveLength(1);
      expect([8 * 60, 9.5 * 60]).toContain(rows[0].minutes);
    });

    it('only HR records hours: the Director, a head of unit and the trainee get FORBIDDEN', async () => {
      for (const username of ['atbt-chef', 'vc-vc-teleborg', 'bt-ida.olsson']) {
        expectProblems(await ask(username, RECORD, { traineeId: trainee('bt-ida.olsson').id, month: '2026-02', hours: 1 }), 'FORBIDDEN');
      }
    });
  });

  describe('who reads a trainee’s hours (row scope)', () => {
    it.each(['hr-samordnare', 'atbt-chef', 'vc-vc-teleborg', 'bt-ida.olsson'])(
      '%s reads Ida’s year (HR, the Director, the head of her unit today, herself)',
      async (username) => {
        expect((await year(username, 'bt-ida.olsson')).yearHours).toBe(220);
      },
    );

    it('a trainee does not read another trainee’s hours; a head of unit not those placed elsewhere today, even in an earlier placement', async () => {
      const frida = trainee('bt-frida.bergstrom').id;
      expectProblems(await ask('bt-ida.olsson', YEAR, { traineeId: frida, year: 2026 }), 'FORBIDDEN', { code: 'TRAINEE_NOT_IN_SCOPE' });
      expectProblems(await ask('vc-vc-teleborg', YEAR, { traineeId: frida, year: 2026 }), 'FORBIDDEN', { code: 'TRAINEE_NOT_IN_SCOPE' });
      // Ida was at Medicinkliniken Växjö in February–April; today she is at Vårdcentralen Teleborg
      expectProblems(await ask('vc-med-vxo', YEAR, { traineeId: trainee('bt-ida.olsson').id, year: 2026 }), 'FORBIDDEN', { code: 'TRAINEE_NOT_IN_SCOPE' });
    });

    it('ORG-1: the deputy director reads their own site’s trainees, not Växjö’s', async () => {
      expect((await year('bitr-atbt-chef', 'bt-alva.oberg')).months.length).toBeGreaterThan(0);
      expectProblems(await ask('bitr-atbt-chef', YEAR, { traineeId: trainee('bt-ida.olsson').id, year: 2026 }), 'FORBIDDEN', {
        code: 'SITE_NOT_IN_SCOPE',
        rule: 'ORG-1',
      });
    });

    it('roles without working time (a director of studies, a supervisor, admin support) get FORBIDDEN', async () => {
      for (const username of ['studierektor-sluten', 'handledare-med-vxo-1', 'adm-stod']) {
        expectProblems(await ask(username, YEAR, { traineeId: trainee('bt-ida.olsson').id, year: 2026 }), 'FORBIDDEN');
      }
    });
  });

  describe('HR’s reconciliation and the Director’s list', () => {
    it('ABS-6: HR reconciles Växjö’s Q3 once it has ended: Ida (on course for 250 h after her new hours) is flagged beside the job’s flags', async () => {
      const overrides = new Map([[trainee('bt-ida.olsson').id, IDA_HOURS.map(([month, hours]) => ({ month, minutes: hours * 60 }))]]);
      const expected = expectedOverQ3(overrides);
      const vaxjo = expected.filter((row) => row.site === 'Växjö');
      expect(vaxjo.map((row) => row.username)).toContain('bt-ida.olsson');
      const first = await ask<{ reconcileExtraHoursQuarter: { id: string; flaggedCount: number; site: { name: string }; reconciledBy: { username: string } } }>(
        'hr-samordnare',
        RECONCILE,
        { siteId: siteId('Växjö'), year: 2026, quarter: 3 },
      );
      expect(first.errors).toBeUndefined();
      expect(first.data!.reconcileExtraHoursQuarter).toMatchObject({
        flaggedCount: vaxjo.length,
        site: { name: 'Växjö' },
        reconciledBy: { username: 'hr-samordnare' },
      });
      const again = await ask<{ reconcileExtraHoursQuarter: { id: string } }>('hr-samordnare', RECONCILE, { siteId: siteId('Växjö'), year: 2026, quarter: 3 });
      expect(again.data!.reconcileExtraHoursQuarter.id).toBe(first.data!.reconcileExtraHoursQuarter.id);
      expect((await year('hr-samordnare', 'bt-ida.olsson')).quarters.map((q) => q.reconciled)).toEqual([false, false, true, false]);
      const RECONCILIATIONS = 'query { extraHoursReconciliations(year: 2026) { quarter flaggedCount site { name } } }';
      expect((await ask('atbt-chef', RECONCILIATIONS)).data).toEqual({
        extraHoursReconciliations: [{ quarter: 3, flaggedCount: vaxjo.length, site: { name: 'Växjö' } }],
      });
      expect((await ask('bitr-atbt-chef', RECONCILIATIONS)).data).toEqual({ extraHoursReconciliations: [] });
      expectProblems(await ask('vc-vc-teleborg', RECONCILIATIONS), 'FORBIDDEN');

      const list = await flags('atbt-chef');
      expect(list.total).toBe(expected.length);
      expect(list.items.map((item) => item.trainee.username).sort()).toEqual(expected.map((row) => row.username).sort());
      expect(list.items.map((item) => item.quarterHours)).toEqual([...list.items.map((item) => item.quarterHours)].sort((a, b) => b - a));
      expect(list.items.find((item) => item.trainee.username === 'bt-ida.olsson')).toMatchObject({
        quarterHours: 30,
        yearHours: 210,
        capMonth: 11,
        overQuarterAlert: false,
        onCourseForCap: true,
        site: { name: 'Växjö' },
      });
    });

    it('ABS-6: a quarter that has not ended is not reconciled; only HR reconciles', async () => {
      expectProblems(await ask('hr-samordnare', RECONCILE, { siteId: siteId('Växjö'), year: 2026, quarter: 4 }), 'BAD_USER_INPUT', {
        code: 'EXTRA_HOURS_QUARTER_NOT_ENDED',
        rule: 'ABS-6',
      });
      for (const username of ['atbt-chef', 'bitr-atbt-chef', 'bt-ida.olsson']) {
        expectProblems(await ask(username, RECONCILE, { siteId: siteId('Ljungby'), year: 2026, quarter: 3 }), 'FORBIDDEN');
      }
    });

    it('ORG-1: the deputy director’s list is Ljungby’s; asking for Växjö is refused; a head of unit or trainee has no list', async () => {
      const ljungby = await flags('bitr-atbt-chef');
      expect(ljungby.items.map((item) => item.site.name)).toEqual(ljungby.items.map(() => 'Ljungby'));
      expect(ljungby.items.map((item) => item.trainee.username)).toEqual(['bt-alva.oberg']);
      expectProblems(await ask('bitr-atbt-chef', FLAGS, { year: 2026, quarter: 3, siteId: siteId('Växjö') }), 'FORBIDDEN', { code: 'SITE_NOT_IN_SCOPE' });
      expect((await flags('atbt-chef', { siteId: siteId('Ljungby') })).total).toBe(1);
      for (const username of ['vc-vc-teleborg', 'bt-ida.olsson']) expectProblems(await ask(username, FLAGS, { year: 2026, quarter: 3 }), 'FORBIDDEN');
    });

    it('ABS-6: the Director records the plan made with each flagged trainee; the deputy only for their own site', async () => {
      const list = await flags('atbt-chef');
      const ida = list.items.find((item) => item.trainee.username === 'bt-ida.olsson')!;
      const alva = list.items.find((item) => item.trainee.username === 'bt-alva.oberg')!;
      const planned = await ask<{ recordExtraHoursPlan: { plan: string; plannedOn: string; recordedBy: { username: string } } }>('atbt-chef', PLAN, {
        flagId: ida.id,
        plan: '  Inga extra pass i november–december; jourkomp tas ut som ledighet.  ',
        plannedOn: '2026-10-08',
      });
      expect(planned.errors).toBeUndefined();
      expect(planned.data!.recordExtraHoursPlan).toEqual({
        id: expect.any(String),
        plan: 'Inga extra pass i november–december; jourkomp tas ut som ledighet.',
        plannedOn: '2026-10-08',
        recordedBy: { username: 'atbt-chef' },
      });
      expectProblems(await ask('bitr-atbt-chef', PLAN, { flagId: ida.id, plan: 'Plan', plannedOn: '2026-10-08' }), 'FORBIDDEN', { code: 'SITE_NOT_IN_SCOPE' });
      expect((await ask('bitr-atbt-chef', PLAN, { flagId: alva.id, plan: 'Schemat ses över med kliniken.', plannedOn: '2026-10-09' })).errors).toBeUndefined();
      expectProblems(
        await ask('atbt-chef', PLAN, { flagId: alva.id, plan: ' ', plannedOn: '2026-12-01' }),
        'BAD_USER_INPUT',
        { code: 'EXTRA_HOURS_PLAN_TEXT_INVALID' },
        { code: 'EXTRA_HOURS_PLAN_IN_FUTURE' },
      );
      expectProblems(await ask('hr-samordnare', PLAN, { flagId: alva.id, plan: 'Plan', plannedOn: '2026-10-09' }), 'FORBIDDEN');

      const after = await flags('atbt-chef');
      expect(after.items.find((item) => item.id === ida.id)!.plans).toEqual([
        { plan: 'Inga extra pass i november–december; jourkomp tas ut som ledighet.', plannedOn: '2026-10-08', recordedBy: { username: 'atbt-chef' } },
      ]);
      expect(after.items.find((item) => item.id === alva.id)!.plans.map((p) => p.recordedBy.username)).toEqual(['bitr-atbt-chef']);
      expect((await year('bt-ida.olsson', 'bt-ida.olsson')).flags).toEqual([
        { quarter: 3, quarterHours: 30, plans: [{ plan: 'Inga extra pass i november–december; jourkomp tas ut som ledighet.' }] },
      ]);
    });

    it('the list’s SQL statements do not grow with its rows (trainees, sites and plans by DataLoader)', async () => {
      const page = (perPage: number) =>
        `{ extraHoursFlagPage(year: 2026, quarter: 3, perPage: ${perPage}) { total items { quarterHours trainee { givenName } site { name } plans { plan recordedBy { username } } } } }`;
      const one = await statementsPerRequest(graph, page(1), (data: { extraHoursFlagPage: { items: unknown[] } }) => data.extraHoursFlagPage.items.length);
      const all = await statementsPerRequest(graph, page(100), (data: { extraHoursFlagPage: { items: unknown[] } }) => data.extraHoursFlagPage.items.length);
      expect([one.rows, all.rows]).toEqual([1, 3]);
      // the people who recorded plans are looked up once per request, and only when a row on the page has a plan
      const first = await graph.query<{ extraHoursFlagPage: { items: { plans: unknown[] }[] } }>(page(1), { token: graph.tokenFor('atbt-chef') });
      const firstHasPlans = first.data!.extraHoursFlagPage.items[0].plans.length > 0;
      expect(all.statements).toBe(one.statements + (firstHasPlans ? 0 : 1));
    });
  });
});

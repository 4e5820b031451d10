import { addDays, calendarMonths, overlapsMonth } from '@bt/domain';
import { PlannedVacation } from '@bt/education';
import { applyEducationChanges, ReadPlacement, ReadPlannedVacation, ReadTrainingPlan } from '@bt/subgraph';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { changeEducation } from './education-writes';
import { call, expectProblems, expectRefused } from './recruitment-support';
import { statementsPerRequest } from './sql-statement-count';

const SCHEDULE = `query ($cohortId: ID!, $page: Int, $perPage: Int) { cohortBlockSchedule(cohortId: $cohortId, page: $page, perPage: $perPage) {
  total items { trainee { id givenName familyName } planStatus periods { kind unit { id name } startDate endDate placementId } } } }`;
const CAPACITY = `query ($siteId: ID, $from: Date!, $months: Int!) { unitCapacity(siteId: $siteId, from: $from, months: $months) {
  unit { id name } months { month trainees } } }`;
const PLAN = 'query ($traineeId: ID!) { trainingPlan(traineeId: $traineeId) { version placements { id startDate endDate } } }';
const UPDATE_PLACEMENT = `mutation ($id: ID!, $planVersion: Int!, $input: PlacementChangeInput!) {
  updatePlacement(id: $id, planVersion: $planVersion, input: $input) { version } }`;
const CONFIRM = `mutation ($traineeId: ID!, $planVersion: Int!, $reason: String) {
  confirmTrainingPlan(traineeId: $traineeId, planVersion: $planVersion, reason: $reason) { status } }`;
const TRAINEES_OF_COHORT = 'query ($cohortId: ID!) { traineePage(perPage: 100, filter: { cohortId: $cohortId }) { items { id } } }';

interface Period {
  kind: string | null;
  unit: { id: string; name: string } | null;
  startDate: string;
  endDate: string;
  placementId: string | null;
}
interface Row {
  trainee: { id: string; givenName: string; familyName: string };
  planStatus: string;
  periods: Period[];
}
interface Capacity {
  unit: { id: string; name: string };
  months: { month: string; trainees: number }[];
}

describe(`a cohort's block schedule and the units' capacity (EDU-5, EDU-2, ABS-4) on ${testEngine()}`, () => {
  let graph: TestGraph;
  const schedulePage = async (cohortId: string, page: number, perPage: number, username = 'studierektor-sluten') =>
    (await call<{ cohortBlockSchedule: { total: number; items: Row[] } }>(graph, username, SCHEDULE, { cohortId, page, perPage })).cohortBlockSchedule;
  /** The whole cohort on one page (the demo's cohorts are far below the largest page). */
  const schedule = async (cohortId: string, username = 'studierektor-sluten') => (await schedulePage(cohortId, 1, 200, username)).items;
  const cohortOf = (name: RegExp) => graph.data.cohorts.find((cohort) => name.test(cohort.name))!;
  const rowOf = (rows: Row[], traineeId: string) => rows.find((row) => row.trainee.id === traineeId)!;

  beforeAll(async () => {
    graph = await startTestGraph();
    // the drafts made automatically at employment, in employment's read model once both feeds are read
    await graph.readModelsCurrent();
  });
  afterAll(() => graph?.stop());

  it('EDU-5: one row per trainee of the cohort in Swedish name order, the periods of education with kinds and units', async () => {
    const cohort = cohortOf(/VT 2026 Växjö/);
    const rows = await schedule(cohort.id);
    const trainees = graph.data.trainees.filter((trainee) => trainee.cohortId === cohort.id);
    expect(rows.map((row) => row.trainee.id)).toEqual(
      [...trainees]
        .sort((a, b) => a.familyName.localeCompare(b.familyName, 'sv') || a.givenName.localeCompare(b.givenName, 'sv') || a.id.localeCompare(b.id))
        .map((trainee) => trainee.id),
    );
    const unitName = new Map(graph.data.units.map((unit) => [unit.id, unit.name]));
    for (const row of rows) {
      expect(row.planStatus).toBe('DRAFT');
      const placements = graph.data.placements
        .filter((placement) => placement.traineeId === row.trainee.id)
        .sort((a, b) => a.startDate.localeCompare(b.startDate));
      expect(row.periods).toEqual(
        placements.map((placement) => ({
          kind: placement.kind,
          unit: { id: placement.unitId, name: unitName.get(placement.unitId) },
          startDate: placement.startDate,
          endDate: placement.endDate,
          placementId: placement.id,
        })),
      );
    }
  });

  it('EDU-5: pages in name order with the total on every page, and the same four SQL statements for a page of one row and of the whole cohort', async () => {
    const cohort = cohortOf(/VT 2026 Växjö/);
    const all = await schedule(cohort.id);
    expect(all.length).toBeGreaterThan(2);
    const pages = await Promise.all(all.map((_, index) => schedulePage(cohort.id, index + 1, 1)));
    expect(pages.map((page) => page.total)).toEqual(all.map(() => all.length));
    expect(pages.flatMap((page) => page.items)).toEqual(all);
    const second = await schedulePage(cohort.id, 2, 2);
    expect(second.items).toEqual(all.slice(2, 4));
    expect(await schedulePage(cohort.id, all.length + 1, 1)).toEqual({ total: all.length, items: [] });

    // the page is cut in SQL, not from the whole cohort in memory
    const logged = jest.spyOn(graph.databases.employment.logger, 'logQuery');
    await schedulePage(cohort.id, 2, 1);
    const statements = (logged.mock.calls as unknown as [string][]).map(([sql]) => sql);
    logged.mockRestore();
    expect(statements.filter((sql) => /FROM "?`?trainee"?`? .*LIMIT 1 OFFSET 1/s.test(sql))).toHaveLength(1);

    // the page's trainees with their plans beside the count, then the page's periods and their units: four statements for any page and cohort size
    const query = (page: number, perPage: number) =>
      `{ cohortBlockSchedule(cohortId: "${cohort.id}", page: ${page}, perPage: ${perPage}) { total items { trainee { id } planStatus periods { kind unit { name } startDate } } } }`;
    const rowsOf = (data: { cohortBlockSchedule: { items: Row[] } }) => data.cohortBlockSchedule.items.length;
    const one = await statementsPerRequest(graph, query(2, 1), rowsOf);
    const whole = await statementsPerRequest(graph, query(1, 200), rowsOf);
    expect([one.rows, whole.rows]).toEqual([1, all.length]);
    expect([one.statements, whole.statements]).toEqual([4, 4]);
  });

  it('refuses a page below 1 and more than 200 rows a page, before anything is read', async () => {
    const cohort = cohortOf(/VT 2026 Växjö/);
    const ask = (page: number, perPage: number) =>
      graph.query(SCHEDULE, { token: graph.tokenFor('atbt-chef'), variables: { cohortId: cohort.id, page, perPage } });
    expectProblems(await ask(1, 201), 'BAD_USER_INPUT', { code: 'PAGE_SIZE_OUT_OF_RANGE', field: 'perPage', params: { min: 1, max: 200 } });
    expectProblems(await ask(0, 0), 'BAD_USER_INPUT', { code: 'PAGE_OUT_OF_RANGE', field: 'page' }, { code: 'PAGE_SIZE_OUT_OF_RANGE', field: 'perPage' });
  });

  it("EDU-5, ABS-4: a draft plan, a moved placement, planned vacation and the confirmation in education show once employment's read model has caught up", async () => {
    const cohort = cohortOf(/VT 2027 Växjö/);
    const trainee = graph.data.trainees.find((one) => one.username === 'bt-fredrik.aberg')!;
    expect(trainee.cohortId).toBe(cohort.id);

    // the draft made automatically at employment, in employment's read model once both feeds are read
    await graph.readModelsCurrent();
    expect(rowOf(await schedule(cohort.id), trainee.id).planStatus).toBe('DRAFT');

    const plan = async () =>
      (
        await call<{ trainingPlan: { version: number; placements: { id: string; startDate: string; endDate: string }[] } }>(graph, 'atbt-chef', PLAN, {
          traineeId: trainee.id,
        })
      ).trainingPlan;
    const before = await plan();
    const placements = [...before.placements].sort((a, b) => a.startDate.localeCompare(b.startDate));
    const last = placements.at(-1)!;
    const shortened = addDays(last.endDate, -14);
    await call(graph, 'studierektor-sluten', UPDATE_PLACEMENT, { id: last.id, planVersion: before.version, input: { endDate: shortened } });
    expect(rowOf(await schedule(cohort.id), trainee.id).periods.at(-1)).toMatchObject({ placementId: last.id, endDate: last.endDate });
    await graph.readModelsCurrent();
    expect(rowOf(await schedule(cohort.id), trainee.id).periods.at(-1)).toMatchObject({ placementId: last.id, endDate: shortened, kind: 'PRIMARY_CARE' });

    // ABS-4: the summer vacation, in the month the demo's schedule leaves free
    const gap = placements.findIndex((placement, index) => index > 0 && placement.startDate > addDays(placements[index - 1].endDate, 1));
    expect(gap).toBeGreaterThan(0);
    const vacation = {
      id: 'b10c5c7e-0000-4000-8000-000000000001',
      traineeId: trainee.id,
      startDate: addDays(placements[gap - 1].endDate, 1),
      endDate: addDays(placements[gap].startDate, -1),
    };
    await changeEducation(graph, async (manager) => {
      await manager.insert(PlannedVacation, vacation);
      return [trainee.id];
    });
    const row = rowOf(await schedule(cohort.id), trainee.id);
    expect(row.periods.filter((period) => period.kind === 'VACATION')).toEqual([
      { kind: 'VACATION', unit: null, startDate: vacation.startDate, endDate: vacation.endDate, placementId: null },
    ]);
    expect(row.periods.map((period) => period.startDate)).toEqual([...row.periods.map((period) => period.startDate)].sort());

    const { version } = await plan();
    await call(graph, 'studierektor-sluten', CONFIRM, { traineeId: trainee.id, planVersion: version, reason: 'Semestern kortare än planeringsmånaden.' });
    await graph.readModelsCurrent();
    expect(rowOf(await schedule(cohort.id), trainee.id).planStatus).toBe('CONFIRMED');
  });

  it('EDU-2: counts per unit and month the trainees with a placement there that has a day in the month, for one site or both', async () => {
    const from = '2027-01-01';
    const months = calendarMonths(from, 12);
    const placements = await graph.databases.employment.dataSource.getRepository(ReadPlacement).find();
    const expected = (unitIds: string[]) =>
      unitIds.map((unitId) => ({
        unitId,
        months: months.map((month) => ({
          month: month.start,
          trainees: new Set(placements.filter((p) => p.unitId === unitId && overlapsMonth(p, month)).map((p) => p.traineeId)).size,
        })),
      }));
    const capacity = async (siteId: string | null) =>
      (await call<{ unitCapacity: Capacity[] }>(graph, 'atbt-chef', CAPACITY, { siteId, from: '2027-01-18', months: 12 })).unitCapacity.map((row) => ({
        unitId: row.unit.id,
        months: row.months,
      }));

    const both = await capacity(null);
    expect(both.map((row) => row.unitId).sort()).toEqual(graph.data.units.map((unit) => unit.id).sort());
    expect(both).toEqual(expected(both.map((row) => row.unitId)));
    expect(both.flatMap((row) => row.months).some((month) => month.trainees > 1)).toBe(true);

    const ljungby = graph.data.sites.find((site) => site.name === 'Ljungby')!;
    const ljungbyUnits = await capacity(ljungby.id);
    expect(ljungbyUnits.map((row) => row.unitId).sort()).toEqual(
      graph.data.units
        .filter((unit) => unit.siteId === ljungby.id)
        .map((unit) => unit.id)
        .sort(),
    );
    expect(ljungbyUnits).toEqual(expected(ljungbyUnits.map((row) => row.unitId)));

    expectProblems(await graph.query(CAPACITY, { token: graph.tokenFor('atbt-chef'), variables: { from, months: 25 } }), 'BAD_USER_INPUT', {
      code: 'MONTHS_OUT_OF_RANGE',
      rule: 'EDU-5',
      field: 'months',
    });
  });

  it('EDU-7: a main supervisor sees only the rows of their own trainees, as in the trainee list; a role without access is refused', async () => {
    const cohort = cohortOf(/VT 2026 Växjö/);
    const own = (
      await call<{ traineePage: { items: { id: string }[] } }>(graph, 'hhl-vc-teleborg-1', TRAINEES_OF_COHORT, { cohortId: cohort.id })
    ).traineePage.items.map((item) => item.id);
    const rows = await schedule(cohort.id, 'hhl-vc-teleborg-1');
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(graph.data.trainees.filter((trainee) => trainee.cohortId === cohort.id).length);
    expect(rows.map((row) => row.trainee.id).sort()).toEqual([...own].sort());
    expect(rows.every((row) => row.periods.length > 0)).toBe(true);

    expectRefused(await graph.query(SCHEDULE, { token: graph.tokenFor('vc-med-vxo'), variables: { cohortId: cohort.id } }), 'FORBIDDEN');
    expectRefused(await graph.query(CAPACITY, { token: graph.tokenFor('hhl-vc-teleborg-1'), variables: { from: '2027-01-01', months: 3 } }), 'FORBIDDEN');
  });

  it('an event written before the feed carried kinds, vacation and plan status still applies: kind unknown, no vacation, no plan', async () => {
    const trainee = graph.data.trainees.find((one) => one.username === 'bt-ida.olsson')!;
    const placement = graph.data.placements.find((one) => one.traineeId === trainee.id)!;
    const { dataSource } = graph.databases.employment;
    const oldState = {
      traineeId: trainee.id,
      mainSupervisors: [],
      placements: [{ id: placement.id, unitId: placement.unitId, startDate: placement.startDate, endDate: placement.endDate, clinicalSupervisorId: null }],
    };
    await dataSource.transaction((manager) =>
      applyEducationChanges(manager, [{ position: 0, createdAt: new Date().toISOString(), traineeId: trainee.id, state: JSON.stringify(oldState) }]),
    );
    expect(await dataSource.getRepository(ReadPlacement).findBy({ traineeId: trainee.id })).toEqual([
      expect.objectContaining({ id: placement.id, kind: null }),
    ]);
    expect(await dataSource.getRepository(ReadPlannedVacation).countBy({ traineeId: trainee.id })).toBe(0);
    expect(await dataSource.getRepository(ReadTrainingPlan).countBy({ traineeId: trainee.id })).toBe(0);
    const row = rowOf(await schedule(trainee.cohortId), trainee.id);
    expect(row).toMatchObject({ planStatus: 'NONE', periods: [{ kind: null, placementId: placement.id }] });
  });
});

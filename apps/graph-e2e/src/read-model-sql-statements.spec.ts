import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { statementsPerRequest } from './sql-statement-count';

const LARGE_SCALE = 100;
const OVERVIEWS = '{ siteOverviews { activeTrainees cohorts traineesWithoutMainSupervisor placementsStartingWithin30Days } }';
const overviewRows = (data: { siteOverviews: { activeTrainees: number }[] }) => data.siteOverviews.reduce((sum, site) => sum + site.activeTrainees, 0);
const ITEMS = 'items { id name site { name } cohort { name } }';
/** Every filter on education's facts (read model of education), alone and together, and with the row scope of a supervisor. */
const FILTERED: [string, string, string][] = [
  ['withoutMainSupervisor: true', `{ traineePage(perPage: 25, filter: { withoutMainSupervisor: true }) { total ${ITEMS} } }`, 'atbt-chef'],
  ['withoutMainSupervisor: false', `{ traineePage(perPage: 25, filter: { withoutMainSupervisor: false }) { total ${ITEMS} } }`, 'atbt-chef'],
  ['placementStartingWithinDays', `{ traineePage(perPage: 25, filter: { placementStartingWithinDays: 60 }) { total ${ITEMS} } }`, 'atbt-chef'],
  ['currentUnitId and active', `{ traineePage(perPage: 25, filter: { currentUnitId: "UNIT", active: true }) { total ${ITEMS} } }`, 'atbt-chef'],
  ['mainSupervisorId', `{ traineePage(perPage: 25, filter: { mainSupervisorId: "SUPERVISOR" }) { total ${ITEMS} } }`, 'atbt-chef'],
  ["a supervisor's own list (row scope)", `{ traineePage(perPage: 25) { total ${ITEMS} } }`, 'hhl-vc-teleborg-1'],
  ["a clinical supervisor's list by unit", `{ traineePage(perPage: 25, filter: { currentUnitId: "UNIT" }) { total ${ITEMS} } }`, 'handledare-med-vxo-1'],
];
const total = (data: { traineePage: { total: number } }) => data.traineePage.total;

/** Issue 9: the start page and the trainee list with any filter cost the same number of SQL statements whatever the number of trainees. */
describe(`SQL statements of the start page and filtered trainee lists at scale 1 and ${LARGE_SCALE} on ${testEngine()}`, () => {
  let small: TestGraph;
  let large: TestGraph;
  const withIds = (graph: TestGraph, query: string) =>
    query
      .replace('UNIT', graph.data.units.find((unit) => unit.name.startsWith('Medicinkliniken'))!.id)
      .replace('SUPERVISOR', graph.viewer('hhl-vc-teleborg-1').id);

  beforeAll(async () => {
    small = await startTestGraph({ scale: 1 });
    large = await startTestGraph({ scale: LARGE_SCALE });
  });
  afterAll(async () => {
    await small?.stop();
    await large?.stop();
  });

  it('siteOverviews: the same statements with a hundred times as many trainees', async () => {
    const smallCount = await statementsPerRequest(small, OVERVIEWS, overviewRows);
    const largeCount = await statementsPerRequest(large, OVERVIEWS, overviewRows);
    expect(largeCount.rows).toBe(LARGE_SCALE * smallCount.rows);
    expect(largeCount.statements).toBe(smallCount.statements);
    expect(smallCount.statements).toBeGreaterThan(0);
  });

  it.each(FILTERED)('traineePage filtered by %s: the same statements with a hundred times as many trainees', async (_, query, username) => {
    const smallCount = await statementsPerRequest(small, withIds(small, query), total, username);
    const largeCount = await statementsPerRequest(large, withIds(large, query), total, username);
    expect(largeCount.statements).toBe(smallCount.statements);
    expect(smallCount.statements).toBeGreaterThan(0);
  });
});

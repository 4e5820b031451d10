import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { OVERVIEW_QUERY, type OverviewResult } from './queries';
import { statementsPerRequest } from './sql-statement-count';

const TRAINEE_ITEMS = `items { id name personalIdentityNumber monthsServed active site { name } cohort { name }
  currentPlacement { startDate endDate } mainSupervisor { name } placements { unit { name } } certificates { kind } }`;
const TRAINEE_PAGES: [string, string][] = [
  ['the first page', `{ traineePage(perPage: 25) { total ${TRAINEE_ITEMS} } }`],
  ['a sort by cohort', `{ traineePage(perPage: 25, sortField: "cohort", sortOrder: DESC) { total ${TRAINEE_ITEMS} } }`],
  ['a name search', `{ traineePage(perPage: 25, filter: { q: "son" }) { total ${TRAINEE_ITEMS} } }`],
  [
    'education-backed filters',
    `{ traineePage(perPage: 25, filter: { withoutMainSupervisor: false, placementStartingWithinDays: 60, active: false }) { total ${TRAINEE_ITEMS} } }`,
  ],
];
const pageRows = (data: { traineePage: { items: unknown[] } }) => data.traineePage.items.length;

describe(`SQL statements per request on ${testEngine()}`, () => {
  let small: TestGraph;
  let large: TestGraph;

  beforeAll(async () => {
    small = await startTestGraph({ scale: 1 });
    large = await startTestGraph({ scale: 10 });
  });
  afterAll(async () => {
    await small?.stop();
    await large?.stop();
  });

  it('stay the same with ten times as many trainees (DataLoader batching everywhere)', async () => {
    const count = (data: OverviewResult) => data.traineePage.items.length;
    const smallCount = await statementsPerRequest(small, OVERVIEW_QUERY, count);
    const largeCount = await statementsPerRequest(large, OVERVIEW_QUERY, count);

    expect(largeCount.rows).toBe(10 * smallCount.rows);
    expect(largeCount.statements).toBe(smallCount.statements);
    expect(smallCount.statements).toBeGreaterThan(0);
  });

  it.each(TRAINEE_PAGES)('for traineePage (%s) stay the same at scale 1 and 10, whatever the page holds', async (_, query) => {
    const smallCount = await statementsPerRequest(small, query, pageRows);
    const largeCount = await statementsPerRequest(large, query, pageRows);
    expect(largeCount.rows).toBeGreaterThan(smallCount.rows);
    expect(largeCount.statements).toBe(smallCount.statements);
    expect(smallCount.statements).toBeGreaterThan(0);
  });

  it('for the supervisor register on a page of staff (EDU-7) stay the same at scale 1 and 10', async () => {
    const query = `{ personPage(perPage: 100, filter: { role: CLINICAL_SUPERVISOR }) { total items { id supervisorQualification {
      licensed specialistStatus specialty supervisorTrainingDate yearsOfExperience version } } } }`;
    const rows = (data: { personPage: { items: { supervisorQualification: unknown }[] } }) =>
      data.personPage.items.filter((item) => item.supervisorQualification).length;
    const smallCount = await statementsPerRequest(small, query, rows);
    const largeCount = await statementsPerRequest(large, query, rows);
    expect(largeCount.rows).toBeGreaterThan(smallCount.rows);
    expect(largeCount.statements).toBe(smallCount.statements);
  });

  it("for a main supervisor's traineePage (row scope on the read model of education) stay the same at scale 1 and 10", async () => {
    const query = `{ traineePage(perPage: 25) { total ${TRAINEE_ITEMS} } }`;
    const smallCount = await statementsPerRequest(small, query, pageRows, 'hhl-vc-teleborg-1');
    const largeCount = await statementsPerRequest(large, query, pageRows, 'hhl-vc-teleborg-1');
    expect(smallCount.rows).toBeGreaterThan(0);
    expect(largeCount.statements).toBe(smallCount.statements);
  });
});

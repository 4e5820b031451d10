import { AuditEvent } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';

const SALARY = 'salary { monthlyOre validFrom withinGuideline decidedBy { name } trainee { name } }';
const PAGE = `{ traineePage(perPage: 500) { items { id name ${SALARY} } } }`;
// every cohort (6 in the demo data at both scales, at most 45 trainees each at scale 10) with all its trainees; the gateway prices both lists by their size (issue 9 item 3), so fewer salary fields
const COHORTS = `{ cohorts(allSites: true, first: 6) { trainees(first: 45) { salary { monthlyOre } } } }`;

type Shown = { salary: unknown }[];
const QUERIES: [string, string, (data: never) => Shown][] = [
  ['a page of trainees', PAGE, (data: { traineePage: { items: Shown } }) => data.traineePage.items],
  ['every cohort with its trainees', COHORTS, (data: { cohorts: { trainees: Shown }[] }) => data.cohorts.flatMap((cohort) => cohort.trainees)],
];

/** One request after a warm-up: the SQL statements of all three subgraphs, the salaries shown and the audit rows written. */
async function measure(graph: TestGraph, query: string, rows: (data: never) => Shown) {
  const token = graph.tokenFor('hr-samordnare');
  await graph.query(query, { token });
  const audit = graph.databases.employment.dataSource.getRepository(AuditEvent);
  const audited = await audit.count();
  const statements = graph.sqlStatements();
  const response = await graph.query(query, { token });
  expect(response.errors).toBeUndefined();
  const used = graph.sqlStatements() - statements;
  const salaries = rows(response.data as never).filter((row) => row.salary !== null).length;
  return { statements: used, salaries, audited: (await audit.count()) - audited };
}

describe(`SQL statements for salaries on ${testEngine()}`, () => {
  let graphs: TestGraph[] = [];

  beforeAll(async () => {
    graphs = await Promise.all([startTestGraph({ scale: 1 }), startTestGraph({ scale: 10 })]);
  });
  afterAll(() => Promise.all(graphs.map((graph) => graph.stop())));

  it.each(QUERIES)('for %s with salaries stay the same at scale 1 and 10, with one audited read per salary shown', async (_, query, rows) => {
    const [small, large] = [await measure(graphs[0], query, rows), await measure(graphs[1], query, rows)];
    expect(small.salaries).toBe(12);
    expect(large.salaries).toBe(10 * small.salaries);
    expect([small.audited, large.audited]).toEqual([small.salaries, large.salaries]);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeGreaterThan(0);
  });
});

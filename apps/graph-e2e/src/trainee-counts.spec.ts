import { isEmploymentActive } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';

const TODAY = '2026-11-22';
const OVERVIEWS = '{ siteOverviews { site { name } activeTrainees cohorts traineesWithoutMainSupervisor placementsStartingWithin30Days } }';
const TOTAL = 'query ($filter: TraineeFilter!) { traineePage(perPage: 1, filter: $filter) { total } }';

interface Overview {
  site: { name: string };
  activeTrainees: number;
  cohorts: number;
}

/**
 * Issue 9: the start page's counts and the trainee list's totals are counted once per version of the
 * data and kept in the employment service until trainees, cohorts or the read model change. These
 * tests change the data through the graph and expect the next answer to count the change.
 */
describe(`counts kept until the data changes, on ${testEngine()} (today ${TODAY})`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const call = async <T>(query: string, variables?: Record<string, unknown>) => {
    const response = await graph.query<T>(query, { token: graph.tokenFor('atbt-chef'), variables });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const overview = async (site: string) => (await call<{ siteOverviews: Overview[] }>(OVERVIEWS)).siteOverviews.find((o) => o.site.name === site)!;
  const total = async (filter: Record<string, unknown>) => (await call<{ traineePage: { total: number } }>(TOTAL, { filter })).traineePage.total;

  it('answers a repeated start page with one statement for the counts, whatever the number of trainees', async () => {
    await call(OVERVIEWS);
    const before = graph.sqlStatements();
    await call(OVERVIEWS);
    // the sites (names) and the data version; the four GROUP BY counts are not sent again
    expect(graph.sqlStatements() - before).toBe(2);
  });

  it('counts a trainee moved to the other site at once, on the start page and in the list total', async () => {
    const vaxjo = graph.data.sites.find((s) => s.name === 'Växjö')!;
    const ljungby = graph.data.sites.find((s) => s.name === 'Ljungby')!;
    const moved = graph.data.trainees.find((t) => t.siteId === vaxjo.id && isEmploymentActive(t.employmentStart, t.employmentEnd, TODAY))!;
    const cohort = graph.data.cohorts.find(
      (c) => c.siteId === ljungby.id && c.startDate === graph.data.cohorts.find((o) => o.id === moved.cohortId)!.startDate,
    )!;
    const [vaxjoBefore, ljungbyBefore, ljungbyTotal] = [await overview('Växjö'), await overview('Ljungby'), await total({ siteId: ljungby.id, active: true })];

    const { trainee } = await call<{ trainee: { version: number } }>('query ($id: ID!) { trainee(id: $id) { version } }', { id: moved.id });
    await call(
      'mutation ($id: ID!, $version: Int!, $input: TraineeEmploymentInput!) { updateTraineeEmployment(id: $id, version: $version, input: $input) { id } }',
      {
        id: moved.id,
        version: trainee.version,
        input: {
          givenName: moved.givenName,
          familyName: moved.familyName,
          personalIdentityNumber: moved.personalIdentityNumber,
          siteId: ljungby.id,
          cohortId: cohort.id,
          employmentStart: moved.employmentStart,
          employmentEnd: moved.employmentEnd,
          employmentForm: moved.employmentForm,
        },
      },
    );

    expect((await overview('Växjö')).activeTrainees).toBe(vaxjoBefore.activeTrainees - 1);
    expect((await overview('Ljungby')).activeTrainees).toBe(ljungbyBefore.activeTrainees + 1);
    expect(await total({ siteId: ljungby.id, active: true })).toBe(ljungbyTotal + 1);
  });

  it('counts a new cohort and a deleted one at once', async () => {
    const ljungby = graph.data.sites.find((s) => s.name === 'Ljungby')!;
    const before = (await overview('Ljungby')).cohorts;
    const { createCohort } = await call<{ createCohort: { id: string } }>('mutation ($input: CohortInput!) { createCohort(input: $input) { id } }', {
      input: { siteId: ljungby.id, startDate: '2031-01-15' },
    });
    expect((await overview('Ljungby')).cohorts).toBe(before + 1);
    await call('mutation ($id: ID!) { deleteCohort(id: $id) { id } }', { id: createCohort.id });
    expect((await overview('Ljungby')).cohorts).toBe(before);
  });
});

import { Cohort, Trainee, TraineeSalary } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type GraphQLResponse, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';
import { withVersion } from './versions';

const CREATE_COHORT = 'mutation ($input: CohortInput!) { createCohort(input: $input) { id name site { name } } }';
const UPDATE_COHORT = 'mutation ($id: ID!, $version: Int!, $input: CohortInput!) { updateCohort(id: $id, version: $version, input: $input) { id name } }';
const DELETE_COHORT = 'mutation ($id: ID!) { deleteCohort(id: $id) { id } }';
const UPDATE_TRAINEE =
  'mutation ($id: ID!, $version: Int!, $input: TraineeEmploymentInput!) { updateTraineeEmployment(id: $id, version: $version, input: $input) { id employmentEnd } }';
const SET_SALARY = `mutation ($traineeId: ID!, $monthlyOre: Int!, $validFrom: Date!) {
  setTraineeSalary(traineeId: $traineeId, monthlyOre: $monthlyOre, validFrom: $validFrom) { id monthlyOre } }`;
const READ_BOTH_SITES = `query ($traineeId: ID!) {
  cohorts(allSites: true) { id site { name } }
  trainees(allSites: true) { id site { name } }
  traineeSalaries(traineeId: $traineeId) { monthlyOre } }`;

/** ORG-1: employer decisions for Växjö are the Director's; the deputy director (Ljungby) decides for Ljungby only, and reads both. */
describe(`the deputy director's own site (ORG-1) on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const repository = <T extends object>(entity: new () => T) => graph.databases.employment.dataSource.getRepository(entity);
  const site = (name: string) => graph.data.sites.find((s) => s.name === name)!;
  const deputy = (query: string, variables: Record<string, unknown>) => graph.query(query, { token: graph.tokenFor('bitr-atbt-chef'), variables });
  const cohortAt = (name: string) => graph.data.cohorts.find((c) => c.siteId === site(name).id && c.startDate.startsWith('2026'))!;
  const traineeAt = (name: string) => graph.data.trainees.find((t) => t.cohortId === cohortAt(name).id)!;
  const employment = (trainee: Trainee) => ({
    givenName: trainee.givenName,
    familyName: trainee.familyName,
    personalIdentityNumber: trainee.personalIdentityNumber,
    siteId: trainee.siteId,
    cohortId: trainee.cohortId,
    employmentStart: trainee.employmentStart,
    employmentEnd: '2027-03-31',
    employmentForm: trainee.employmentForm,
  });

  function expectOutOfScope(response: Pick<GraphQLResponse, 'errors' | 'data'>) {
    expectProblems(response, 'FORBIDDEN', { code: 'SITE_NOT_IN_SCOPE', rule: 'ORG-1' });
    expect(response.errors?.[0].extensions?.problems).toHaveLength(1);
    expect(response.data ?? null).toBeNull();
  }

  it('is refused creating, changing, moving to and deleting a Växjö cohort, and nothing changes', async () => {
    const before = await repository(Cohort).find({ order: { id: 'ASC' } });
    const vaxjo = cohortAt('Växjö');
    expectOutOfScope(await deputy(CREATE_COHORT, { input: { siteId: site('Växjö').id, startDate: '2029-01-15' } }));
    expectOutOfScope(
      await deputy(
        UPDATE_COHORT,
        await withVersion(graph, Cohort, { id: vaxjo.id, input: { siteId: vaxjo.siteId, startDate: vaxjo.startDate, name: 'Omdöpt' } }),
      ),
    );
    const ljungbyEmpty = await deputy(CREATE_COHORT, { input: { siteId: site('Ljungby').id, startDate: '2029-08-20' } });
    const created = (ljungbyEmpty.data as { createCohort: { id: string } }).createCohort;
    expectOutOfScope(
      await deputy(UPDATE_COHORT, await withVersion(graph, Cohort, { id: created.id, input: { siteId: site('Växjö').id, startDate: '2029-08-20' } })),
    );
    expectOutOfScope(await deputy(DELETE_COHORT, { id: vaxjo.id }));
    expect((await repository(Cohort).find({ order: { id: 'ASC' } })).filter((c) => c.id !== created.id)).toEqual(before);
  });

  it('creates, changes and deletes a Ljungby cohort', async () => {
    const created = await deputy(CREATE_COHORT, { input: { siteId: site('Ljungby').id, startDate: '2029-01-15' } });
    expect(created.errors).toBeUndefined();
    const { id } = (created.data as { createCohort: { id: string } }).createCohort;
    const updated = await deputy(
      UPDATE_COHORT,
      await withVersion(graph, Cohort, { id, input: { siteId: site('Ljungby').id, startDate: '2029-01-15', name: 'VT 2029 Ljungby extra' } }),
    );
    expect(updated.errors).toBeUndefined();
    expect(await repository(Cohort).findOneBy({ id })).toMatchObject({ name: 'VT 2029 Ljungby extra', siteId: site('Ljungby').id });
    expect((await deputy(DELETE_COHORT, { id })).errors).toBeUndefined();
    expect(await repository(Cohort).findOneBy({ id })).toBeNull();
  });

  it("is refused changing a Växjö trainee's employment and moving a Ljungby trainee to Växjö; changes a Ljungby trainee's", async () => {
    const vaxjo = traineeAt('Växjö');
    const ljungby = traineeAt('Ljungby');
    expectOutOfScope(await deputy(UPDATE_TRAINEE, await withVersion(graph, Trainee, { id: vaxjo.id, input: employment(vaxjo) })));
    expectOutOfScope(
      await deputy(
        UPDATE_TRAINEE,
        await withVersion(graph, Trainee, { id: ljungby.id, input: { ...employment(ljungby), siteId: site('Växjö').id, cohortId: cohortAt('Växjö').id } }),
      ),
    );
    expect(await repository(Trainee).findOneBy({ id: vaxjo.id })).toMatchObject({ employmentEnd: vaxjo.employmentEnd, cohortId: vaxjo.cohortId });
    expect(await repository(Trainee).findOneBy({ id: ljungby.id })).toMatchObject({ cohortId: ljungby.cohortId });
    const changed = await deputy(UPDATE_TRAINEE, await withVersion(graph, Trainee, { id: ljungby.id, input: employment(ljungby) }));
    expect(changed.errors).toBeUndefined();
    expect(await repository(Trainee).findOneBy({ id: ljungby.id })).toMatchObject({ employmentEnd: '2027-03-31' });
  });

  it("is refused setting a Växjö trainee's salary and sets a Ljungby trainee's", async () => {
    const vaxjo = traineeAt('Växjö');
    const ljungby = traineeAt('Ljungby');
    const salaries = await repository(TraineeSalary).countBy({ traineeId: vaxjo.id });
    expectOutOfScope(await deputy(SET_SALARY, { traineeId: vaxjo.id, monthlyOre: 4_600_000, validFrom: '2026-12-01' }));
    expect(await repository(TraineeSalary).countBy({ traineeId: vaxjo.id })).toBe(salaries);
    const set = await deputy(SET_SALARY, { traineeId: ljungby.id, monthlyOre: 4_600_000, validFrom: '2026-12-01' });
    expect(set.errors).toBeUndefined();
    expect(await repository(TraineeSalary).findOneBy({ traineeId: ljungby.id, validFrom: '2026-12-01' })).toMatchObject({ monthlyOre: 4_600_000 });
  });

  it('still reads the cohorts, trainees and salaries of both sites', async () => {
    const response = await deputy(READ_BOTH_SITES, { traineeId: traineeAt('Växjö').id });
    expect(response.errors).toBeUndefined();
    const data = response.data as { cohorts: { site: { name: string } }[]; trainees: { site: { name: string } }[]; traineeSalaries: unknown[] };
    expect(new Set(data.cohorts.map((c) => c.site.name))).toEqual(new Set(['Växjö', 'Ljungby']));
    expect(new Set(data.trainees.map((t) => t.site.name))).toEqual(new Set(['Växjö', 'Ljungby']));
    expect(data.traineeSalaries.length).toBeGreaterThan(0);
  });

  it('the Director decides for both sites', async () => {
    const vaxjo = traineeAt('Växjö');
    const response = await graph.query(SET_SALARY, {
      token: graph.tokenFor('atbt-chef'),
      variables: { traineeId: vaxjo.id, monthlyOre: 4_650_000, validFrom: '2026-12-01' },
    });
    expect(response.errors).toBeUndefined();
  });
});

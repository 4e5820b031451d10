import { Application, Cohort, Person, RecruitmentRound, SalaryGuideline, Trainee, Unit } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type GraphQLResponse, type TestGraph } from '@bt/test-graph';
import { createRound, ROUND_INPUT, roundWithApplications } from './recruitment-support';
import { expectProblems } from './refusals';
import { versionOf, type Versioned } from './versions';
import type { EntityTarget } from 'typeorm';

/** One kind of record a form edits: its update mutation, who saves it, and a valid input that names it `name`. */
interface Editable {
  record: string;
  entity: EntityTarget<Versioned>;
  mutation: string;
  inputType: string;
  username: string;
  id: () => Promise<string>;
  input: (name: string) => Record<string, unknown>;
  /** What the stored record says of the name the winning save gave it. */
  stored: (row: Record<string, unknown>) => unknown;
}

describe(`no lost writes: two saves of the same version at once on ${testEngine()}`, () => {
  let graph: TestGraph;
  let applicationId: string;
  let roundId: string;

  beforeAll(async () => {
    graph = await startTestGraph();
    roundId = await createRound(graph);
    const { ids } = await roundWithApplications(graph, { name: 'BT-rekrytering HT 2028' });
    applicationId = ids.get('OJ-2027-1006')!;
  });
  afterAll(() => graph?.stop());

  const trainee = () => graph.data.trainees.find((t) => t.username === 'bt-fredrik.aberg')!;
  const cohort = () => graph.data.cohorts[0];
  const unit = () => graph.data.units.find((u) => u.name === 'Vårdcentralen Dalbo')!;
  const person = () => graph.data.people.find((p) => p.username === 'handledare-kir-lby-1')!;

  const EDITABLE: Editable[] = [
    {
      record: 'BT-läkaren',
      entity: Trainee,
      mutation: 'updateTraineeEmployment',
      inputType: 'TraineeEmploymentInput',
      username: 'hr-samordnare',
      id: async () => trainee().id,
      input: (name) => {
        const { familyName, personalIdentityNumber, siteId, cohortId, employmentStart, employmentEnd, employmentForm } = trainee();
        return { givenName: name, familyName, personalIdentityNumber, siteId, cohortId, employmentStart, employmentEnd, employmentForm };
      },
      stored: (row) => row.givenName,
    },
    {
      record: 'kullen',
      entity: Cohort,
      mutation: 'updateCohort',
      inputType: 'CohortInput',
      username: 'atbt-chef',
      id: async () => cohort().id,
      input: (name) => ({ siteId: cohort().siteId, startDate: cohort().startDate, name }),
      stored: (row) => row.name,
    },
    {
      record: 'enheten',
      entity: Unit,
      mutation: 'updateUnit',
      inputType: 'UnitInput',
      username: 'adm-stod',
      id: async () => unit().id,
      input: (name) => ({
        name,
        siteId: unit().siteId,
        kind: unit().kind,
        regionPart: unit().regionPart,
        headOfUnitId: unit().headOfUnitId,
        btLeadId: unit().btLeadId,
      }),
      stored: (row) => row.name,
    },
    {
      record: 'personen',
      entity: Person,
      mutation: 'updatePerson',
      inputType: 'PersonInput',
      username: 'atbt-chef',
      id: async () => person().id,
      input: (name) => ({ name, title: person().title, roles: person().roles, siteId: person().siteId, unitId: person().unitId }),
      stored: (row) => row.name,
    },
    {
      record: 'omgången',
      entity: RecruitmentRound,
      mutation: 'updateRecruitmentRound',
      inputType: 'RecruitmentRoundInput',
      username: 'atbt-chef',
      id: async () => roundId,
      input: (name) => ({ ...ROUND_INPUT, name }),
      stored: (row) => row.name,
    },
    {
      record: 'ansökan',
      entity: Application,
      mutation: 'updateApplication',
      inputType: 'ApplicationInput',
      username: 'hr-samordnare',
      id: async () => applicationId,
      input: (name) => ({
        givenName: name,
        familyName: 'Ahmadi',
        preferredSiteId: graph.data.sites[0].id,
        merits: { underlakareMonthsSweden: 3, underlakareMonthsRegion: 3, doctoralDegree: false },
      }),
      stored: (row) => row.givenName,
    },
  ];

  it.each(EDITABLE.map((editable) => [editable.record, editable] as const))(
    '%s: one of two concurrent saves wins; the other is refused as CONFLICT (409), and the winner’s change is kept with the version raised by one',
    async (record, { entity, mutation, inputType, username, id: idOf, input, stored }) => {
      const id = await idOf();
      const version = await versionOf(graph, entity, id);
      const update = `mutation ($id: ID!, $version: Int!, $input: ${inputType}!) { ${mutation}(id: $id, version: $version, input: $input) { id version } }`;
      const save = (name: string) =>
        graph.query<Record<string, { version: number }>>(update, { token: graph.tokenFor(username), variables: { id, version, input: input(name) } });
      const responses: GraphQLResponse<Record<string, { version: number }>>[] = await Promise.all([save('Förstasparad'), save('Andrasparad')]);
      const won = responses.findIndex((response) => !response.errors);
      expect(won).toBeGreaterThanOrEqual(0);
      const lost = responses[1 - won];
      expect(responses[won].data![mutation].version).toBe(version + 1);
      expectProblems(lost, 'CONFLICT', { code: 'STALE_VERSION' });
      expect(lost.errors![0].message).toBe(`Någon annan har ändrat ${record} medan du redigerade. Läs in sidan igen; det du skrev finns kvar.`);
      expect(lost.status).toBe(409);
      const row = await graph.databases.employment.dataSource.getRepository(entity).findOneByOrFail({ id });
      expect(row.version).toBe(version + 1);
      expect(stored(row as unknown as Record<string, unknown>)).toBe(['Förstasparad', 'Andrasparad'][won]);
    },
  );

  it('a save naming a version read before someone else’s change is refused and changes nothing', async () => {
    const id = trainee().id;
    const version = await versionOf(graph, Trainee, id);
    const stale = await graph.query(
      'mutation ($id: ID!, $version: Int!, $input: TraineeEmploymentInput!) { updateTraineeEmployment(id: $id, version: $version, input: $input) { id } }',
      { token: graph.tokenFor('hr-samordnare'), variables: { id, version: version - 1, input: EDITABLE[0].input('Gammal') } },
    );
    expectProblems(stale, 'CONFLICT', { code: 'STALE_VERSION' });
    expect(await graph.databases.employment.dataSource.getRepository(Trainee).findOneByOrFail({ id })).toMatchObject({
      version,
      givenName: expect.not.stringMatching('Gammal'),
    });
  });

  describe('the salary guideline of a year (EMP-2), set or replaced by the Director', () => {
    const SET_GUIDELINE = `mutation ($year: Int!, $minMonthlyOre: Int!, $maxMonthlyOre: Int!, $version: Int) {
      setSalaryGuideline(year: $year, minMonthlyOre: $minMonthlyOre, maxMonthlyOre: $maxMonthlyOre, version: $version) { id year maxMonthlyOre version } }`;
    type Answer = GraphQLResponse<{ setSalaryGuideline: { id: string; year: number; maxMonthlyOre: number; version: number } }>;
    const set = (variables: { year: number; maxMonthlyOre: number; version?: number }): Promise<Answer> =>
      graph.query(SET_GUIDELINE, { token: graph.tokenFor('atbt-chef'), variables: { minMonthlyOre: 4_000_000, ...variables } });
    const stored = (year: number) => graph.databases.employment.dataSource.getRepository(SalaryGuideline).findBy({ year });
    const winnerOf = (responses: Answer[]) => {
      const won = responses.findIndex((response) => !response.errors);
      expect(won).toBeGreaterThanOrEqual(0);
      const lost = responses[1 - won];
      expectProblems(lost, 'CONFLICT', { code: 'STALE_VERSION' });
      expect(lost.status).toBe(409);
      return responses[won].data!.setSalaryGuideline;
    };

    it('two replacements of the same version at once: one wins, the other is refused and the winner’s range is kept', async () => {
      const [before] = await stored(2026);
      const responses = await Promise.all([
        set({ year: 2026, maxMonthlyOre: 4_800_000, version: before.version }),
        set({ year: 2026, maxMonthlyOre: 4_900_000, version: before.version }),
      ]);
      const winner = winnerOf(responses);
      expect(winner.version).toBe(before.version + 1);
      expect(await stored(2026)).toEqual([expect.objectContaining({ id: before.id, version: before.version + 1, maxMonthlyOre: winner.maxMonthlyOre })]);
    });

    it('a replacement without the version read, or with an older one, is refused and changes nothing', async () => {
      const [before] = await stored(2026);
      expectProblems(await set({ year: 2026, maxMonthlyOre: 5_000_000 }), 'CONFLICT', { code: 'STALE_VERSION' });
      expectProblems(await set({ year: 2026, maxMonthlyOre: 5_000_000, version: before.version - 1 }), 'CONFLICT', { code: 'STALE_VERSION' });
      expect(await stored(2026)).toEqual([before]);
    });

    it('two first settings of a new year at once: one guideline, the other told that someone else set it', async () => {
      const responses = await Promise.all([set({ year: 2031, maxMonthlyOre: 4_600_000 }), set({ year: 2031, maxMonthlyOre: 4_700_000 })]);
      const winner = winnerOf(responses);
      expect(responses.find((response) => response.errors)!.errors![0].message).toBe(
        'Någon annan har satt riktlinjen för 2031 medan du redigerade. Läs in sidan igen; det du skrev finns kvar.',
      );
      expect(await stored(2031)).toEqual([expect.objectContaining({ version: 1, maxMonthlyOre: winner.maxMonthlyOre })]);
    });
  });
});

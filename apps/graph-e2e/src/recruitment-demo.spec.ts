import { Application } from '@bt/employment';
import { loadSeed } from '@bt/seed';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { call, SAVE_SCORE, SUBMIT_SCORES } from './recruitment-support';

const ROUNDS = `{ recruitmentRoundPage { total items { id name state startDate applicationCount
  panel { stage capacity person { username } } rubric { id name } } } }`;
const APPLICATIONS = `query ($roundId: ID!) { applicationPage(perPage: 100, filter: { roundId: $roundId }) { total items {
  id externalId name state personalIdentityNumber interview { startsAt } sylfAttendance { requestedBy } } } }`;

interface Rounds {
  recruitmentRoundPage: { total: number; items: { id: string; name: string; state: string; startDate: string; applicationCount: number; rubric: { id: string }[] }[] };
}

describe(`the demo recruitment round on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it('studierektor-sluten signs in, finds "BT-rekrytering VT 2028" in INTERVIEWS with its invited applicants, and scores one', async () => {
    const { recruitmentRoundPage } = await call<Rounds>(graph, 'studierektor-sluten', ROUNDS);
    expect(recruitmentRoundPage.total).toBe(1);
    const [round] = recruitmentRoundPage.items;
    expect(round).toMatchObject({ name: 'BT-rekrytering VT 2028', state: 'INTERVIEWS', startDate: '2028-01-17', applicationCount: 12 });
    const { applicationPage } = await call<{ applicationPage: { items: { id: string; externalId: string; state: string; personalIdentityNumber: string; interview: unknown; sylfAttendance: unknown }[] } }>(
      graph,
      'studierektor-sluten',
      APPLICATIONS,
      { roundId: round.id },
    );
    expect(applicationPage.items.filter((a) => a.state === 'INVITED' && a.interview)).toHaveLength(11);
    expect(applicationPage.items.find((a) => a.externalId === 'OJ-2027-1004')).toMatchObject({ state: 'INELIGIBLE', interview: null });
    expect(applicationPage.items.every((a) => a.personalIdentityNumber.endsWith('-****'))).toBe(true);
    expect(applicationPage.items.filter((a) => a.sylfAttendance)).toHaveLength(1);

    const candidate = applicationPage.items.find((a) => a.state === 'INVITED')!;
    for (const criterion of round.rubric) await call(graph, 'studierektor-sluten', SAVE_SCORE, { applicationId: candidate.id, criterionId: criterion.id, value: 4 });
    const submitted = await call<{ submitScores: { state: string; aggregate: { weightedMean: number; scoreCount: number } } }>(graph, 'studierektor-sluten', SUBMIT_SCORES, { applicationId: candidate.id });
    expect(submitted.submitScores).toMatchObject({ state: 'INTERVIEWED', aggregate: { weightedMean: 4, scoreCount: 1 } });
  });

  it('is seen by HR and the Director; the primary-care director of studies, on no panel, sees no round', async () => {
    expect((await call<Rounds>(graph, 'hr-samordnare', ROUNDS)).recruitmentRoundPage.total).toBe(1);
    expect((await call<Rounds>(graph, 'atbt-chef', ROUNDS)).recruitmentRoundPage.total).toBe(1);
    expect((await call<Rounds>(graph, 'studierektor-primar', ROUNDS)).recruitmentRoundPage.total).toBe(0);
  });

  it('loads again without duplicates (idempotent seed)', async () => {
    await loadSeed(graph.databases, graph.data);
    expect(await graph.databases.employment.dataSource.getRepository(Application).count()).toBe(12);
  });
});

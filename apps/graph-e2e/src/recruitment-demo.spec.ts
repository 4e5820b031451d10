import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { call, SAVE_SCORE, SUBMIT_SCORES } from './recruitment-support';

const ROUNDS = '{ recruitmentRoundPage { total items { id applicationCount rubric { id } } } }';
const APPLICATIONS = 'query ($roundId: ID!) { applicationPage(perPage: 100, filter: { roundId: $roundId }) { items { id state personalIdentityNumber } } }';

interface Rounds {
  recruitmentRoundPage: { total: number; items: { id: string; applicationCount: number; rubric: { id: string }[] }[] };
}

describe(`the demo recruitment round on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it('studierektor-sluten, on its panel, finds the round with its applications, numbers masked, and scores one: INTERVIEWED, no aggregate before three have submitted', async () => {
    const { recruitmentRoundPage } = await call<Rounds>(graph, 'studierektor-sluten', ROUNDS);
    expect(recruitmentRoundPage.items.map((r) => r.id)).toEqual(graph.data.recruitmentRounds.map((r) => r.id));
    const [round] = recruitmentRoundPage.items;
    expect(round.applicationCount).toBe(graph.data.applications.filter((a) => a.roundId === round.id).length);
    const { applicationPage } = await call<{ applicationPage: { items: { id: string; state: string; personalIdentityNumber: string }[] } }>(
      graph,
      'studierektor-sluten',
      APPLICATIONS,
      { roundId: round.id },
    );
    expect(applicationPage.items).toHaveLength(round.applicationCount);
    expect(applicationPage.items.every((a) => a.personalIdentityNumber.endsWith('-****'))).toBe(true);

    const candidate = applicationPage.items.find((a) => a.state === 'INVITED')!;
    for (const criterion of round.rubric)
      await call(graph, 'studierektor-sluten', SAVE_SCORE, { applicationId: candidate.id, criterionId: criterion.id, value: 4 });
    const submitted = await call<{ submitScores: { state: string; aggregate: unknown } }>(graph, 'studierektor-sluten', SUBMIT_SCORES, {
      applicationId: candidate.id,
    });
    // REC-4: the first to submit sees no aggregate yet (it is shown once three members have submitted)
    expect(submitted.submitScores).toMatchObject({ state: 'INTERVIEWED', aggregate: null });
  });

  it('is seen by HR and the Director; the primary-care director of studies, on no panel, sees no round', async () => {
    expect((await call<Rounds>(graph, 'hr-samordnare', ROUNDS)).recruitmentRoundPage.total).toBe(1);
    expect((await call<Rounds>(graph, 'atbt-chef', ROUNDS)).recruitmentRoundPage.total).toBe(1);
    expect((await call<Rounds>(graph, 'studierektor-primar', ROUNDS)).recruitmentRoundPage.total).toBe(0);
  });
});

import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { call, SAVE_SCORE, SUBMIT_SCORES } from './recruitment-support';

const ROUNDS = '{ recruitmentRoundPage { total items { id name state allowedTransitions applicationCount rubric { id } } } }';
const APPLICATIONS = 'query ($roundId: ID!) { applicationPage(perPage: 100, filter: { roundId: $roundId }) { items { id state personalIdentityNumber } } }';

interface Rounds {
  recruitmentRoundPage: {
    total: number;
    items: { id: string; name: string; state: string; allowedTransitions: string[]; applicationCount: number; rubric: { id: string }[] }[];
  };
}

describe(`the demo recruitment round on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it('studierektor-sluten, on its panel, finds the round with its applications, numbers masked, and scores one: INTERVIEWED, no aggregate before three have submitted', async () => {
    const { recruitmentRoundPage } = await call<Rounds>(graph, 'studierektor-sluten', ROUNDS);
    // latest BT start first: the start term of the demo round with its first (closed) round, then the closed rounds behind the earlier cohorts
    expect(recruitmentRoundPage.items.map((r) => [r.name, r.state, r.allowedTransitions])).toEqual([
      ['BT-rekrytering VT 2027', 'CLOSED', []],
      ['BT-rekrytering VT 2027, fler platser', 'INTERVIEWS', []],
      ['BT-rekrytering VT 2026', 'CLOSED', []],
      ['BT-rekrytering VT 2025', 'CLOSED', []],
    ]);
    const round = recruitmentRoundPage.items.find((r) => r.state === 'INTERVIEWS')!;
    expect(round.id).toBe(graph.data.recruitmentRounds[0].id);
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

  it('REC-1, REC-7: each closed round ends in accepted offers that employed the trainees of its cohorts', async () => {
    const closed = graph.data.recruitmentRounds.find((r) => r.name === 'BT-rekrytering VT 2026')!;
    const { applicationPage } = await call<{ applicationPage: { items: { state: string; offer: { state: string; site: { name: string } } }[] } }>(
      graph,
      'atbt-chef',
      'query ($roundId: ID!) { applicationPage(perPage: 100, filter: { roundId: $roundId }) { items { state offer { state site { name } } } } }',
      { roundId: closed.id },
    );
    const sites = applicationPage.items.map((a) => `${a.state} ${a.offer.state} ${a.offer.site.name}`).sort();
    expect(sites).toEqual([...Array(2).fill('ACCEPTED ACCEPTED Ljungby'), ...Array(4).fill('ACCEPTED ACCEPTED Växjö')]);
  });

  it('REC-3: says why the ineligible application is not eligible, in Swedish and with a code for other languages', async () => {
    const ineligible = graph.data.applications.find((a) => a.externalId === 'OJ-2027-1004' && a.roundId === graph.data.recruitmentRounds[0].id)!;
    const { application } = await call<{
      application: { ineligibilityReasons: string[]; ineligibilityNotices: { code: string; message: string; params: unknown[] }[] };
    }>(
      graph,
      'hr-samordnare',
      'query ($id: ID!) { application(id: $id) { ineligibilityReasons ineligibilityNotices { code message params { name value } } } }',
      { id: ineligible.id },
    );
    expect(application).toEqual({
      ineligibilityReasons: ['Saknar svenska på nivå C1.'],
      ineligibilityNotices: [{ code: 'SWEDISH_C1_MISSING', message: 'Saknar svenska på nivå C1.', params: [] }],
    });
  });

  it('is seen by HR and the Director; the primary-care director of studies, on no panel, sees no round', async () => {
    expect((await call<Rounds>(graph, 'hr-samordnare', ROUNDS)).recruitmentRoundPage.total).toBe(4);
    expect((await call<Rounds>(graph, 'atbt-chef', ROUNDS)).recruitmentRoundPage.total).toBe(4);
    expect((await call<Rounds>(graph, 'studierektor-primar', ROUNDS)).recruitmentRoundPage.total).toBe(0);
  });
});

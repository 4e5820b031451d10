import { ScoreAudit, ScoreReopening } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import {
  ADD_PANEL_MEMBER,
  call,
  expectProblems,
  expectRefused,
  MOVE_ROUND,
  moveRound,
  recordRequirements,
  roundWithApplications,
  rubricOf,
  SAVE_SCORE,
  scoreAndSubmit,
  seatPanel,
  SUBMIT_SCORES,
} from './recruitment-support';

const SCORES = `query ($id: ID!) { application(id: $id) { state myScoresSubmitted myScores { value comment criterion { name } }
  aggregate { weightedMean spread scoreCount perCriterion { criterion { name } mean count } } } }`;
const REOPEN = 'mutation ($applicationId: ID!, $personId: ID!) { reopenScores(applicationId: $applicationId, personId: $personId) { id myScoresSubmitted } }';
const RANKING = `query ($roundId: ID!, $siteId: ID) { ranking(roundId: $roundId, siteId: $siteId) { tieBreak items { rank weightedMean site { name } application { externalId } } } }`;
const RESERVE = 'query ($roundId: ID!, $siteId: ID!) { reserveList(roundId: $roundId, siteId: $siteId) { rank weightedMean application { externalId } } }';

interface ScoresResult {
  application: {
    state: string;
    myScoresSubmitted: boolean;
    myScores: { value: number; comment: string | null; criterion: { name: string } }[];
    aggregate: {
      weightedMean: number | null;
      spread: number | null;
      scoreCount: number;
      perCriterion: { criterion: { name: string }; mean: number | null; count: number }[];
    } | null;
  };
}

/** The day the test graph stands still on: after the deadline and the interview days (REC-6: the round may be in interviews, then in offers). */
const TODAY = '2027-10-12';
describe(`scoring and ranking (REC-4) on ${testEngine()}`, () => {
  let graph: TestGraph;
  let roundId: string;
  let ids: Map<string, string>;
  let criteria: string[];
  const id = (externalId: string) => ids.get(`OJ-2027-${externalId}`)!;
  const scoresAs = async (username: string, externalId: string) => (await call<ScoresResult>(graph, username, SCORES, { id: id(externalId) })).application;

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
    ({ roundId, ids } = await roundWithApplications(graph));
    for (const number of ['1001', '1002', '1003', '1005', '1007', '1008']) await recordRequirements(graph, id(number));
    await recordRequirements(graph, id('1004'), 'LICENCE');
    await seatPanel(graph, roundId);
    await moveRound(graph, roundId, 'OPEN', 'INTERVIEWS');
    criteria = await rubricOf(graph, roundId);
  });
  afterAll(() => graph?.stop());

  it('a member sees only their own scores until they submit; other members see nothing of them', async () => {
    await call(graph, 'studierektor-sluten', SAVE_SCORE, { applicationId: id('1001'), criterionId: criteria[0], value: 4, comment: ' Tydlig ' });
    expect(await scoresAs('studierektor-sluten', '1001')).toEqual({
      state: 'ELIGIBLE',
      myScoresSubmitted: false,
      myScores: [{ value: 4, comment: 'Tydlig', criterion: { name: 'Intervju' } }],
      aggregate: null,
    });
    expect(await scoresAs('studierektor-primar', '1001')).toMatchObject({ myScores: [], aggregate: null });
    // the Director, not seated on the interview stage, always sees the aggregate, which counts submitted scores only
    expect((await scoresAs('atbt-chef', '1001')).aggregate).toMatchObject({ weightedMean: null, spread: null, scoreCount: 0 });
  });

  it('REC-4: refuses to submit before every criterion has a score; with one or two submitted no member sees an aggregate, with three only the aggregate', async () => {
    const early = await graph.query(SUBMIT_SCORES, { token: graph.tokenFor('studierektor-sluten'), variables: { applicationId: id('1001') } });
    expectProblems(early, 'BAD_USER_INPUT', { code: 'SCORES_MISSING', rule: 'REC-4', params: { criteria: 'Kliniskt test, Referenser och Meriter' } });
    expectRefused(early, 'BAD_USER_INPUT', /Sätt poäng på Kliniskt test, Referenser och Meriter innan du lämnar in/);
    await scoreAndSubmit(graph, 'studierektor-sluten', id('1001'), criteria, [4, 4, 3, 2]); // 1.6+1.2+0.6+0.2 = 3.6
    expect(await scoresAs('studierektor-sluten', '1001')).toMatchObject({ state: 'INTERVIEWED', myScoresSubmitted: true, aggregate: null });
    // another member's view is unchanged until they submit too
    expect(await scoresAs('studierektor-primar', '1001')).toMatchObject({ myScores: [], aggregate: null });
    await scoreAndSubmit(graph, 'studierektor-primar', id('1001'), criteria, [2, 3, 3, 2]); // 0.8+0.9+0.6+0.2 = 2.5
    // the attack: with two submitted, the mean and one's own scores would give the other's exact scores
    for (const username of ['studierektor-sluten', 'studierektor-primar']) expect((await scoresAs(username, '1001')).aggregate).toBeNull();
    await scoreAndSubmit(graph, 'bitr-atbt-chef', id('1001'), criteria, [3, 3, 3, 3]); // 3.0
    expect((await scoresAs('studierektor-primar', '1001')).aggregate).toEqual({
      weightedMean: 3.03,
      spread: 0.45,
      scoreCount: 3,
      perCriterion: [
        { criterion: { name: 'Intervju' }, mean: 3, count: 3 },
        { criterion: { name: 'Kliniskt test' }, mean: 3.33, count: 3 },
        { criterion: { name: 'Referenser' }, mean: 3, count: 3 },
        { criterion: { name: 'Meriter' }, mean: 2.33, count: 3 },
      ],
    });
    // no member's lowest or highest score is in the graph any more
    const perMember = await graph.query('query ($id: ID!) { application(id: $id) { aggregate { perCriterion { min max } } } }', {
      token: graph.tokenFor('studierektor-primar'),
      variables: { id: id('1001') },
    });
    expect(perMember.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // HR, on the panel but not yet submitted for 1001, sees nothing
    expect((await scoresAs('hr-samordnare', '1001')).aggregate).toBeNull();
  });

  it('REC-4: submitted scores are locked until the Director reopens them; the reopening and every change are audited', async () => {
    const change = () =>
      graph.query(SAVE_SCORE, { token: graph.tokenFor('studierektor-sluten'), variables: { applicationId: id('1001'), criterionId: criteria[3], value: 4 } });
    const locked = await change();
    expectProblems(locked, 'BAD_USER_INPUT', { code: 'SCORES_ALREADY_SUBMITTED', rule: 'REC-4' });
    expectRefused(locked, 'BAD_USER_INPUT', /kan bara ändras om AT\/BT-chefen öppnar bedömningen igen/);
    const reopen = (username: string, personId: string) =>
      graph.query(REOPEN, { token: graph.tokenFor(username), variables: { applicationId: id('1001'), personId } });
    const sluten = graph.viewer('studierektor-sluten').id;
    // a decision: the Director and the deputy, not HR, who runs the process
    for (const username of ['studierektor-sluten', 'hr-samordnare']) expectProblems(await reopen(username, sluten), 'FORBIDDEN', { code: 'NOT_PERMITTED' });
    expectProblems(await reopen('atbt-chef', graph.viewer('hr-samordnare').id), 'BAD_USER_INPUT', { code: 'SCORES_NOT_SUBMITTED', rule: 'REC-4' });
    expect((await reopen('atbt-chef', sluten)).errors).toBeUndefined();
    const reopenings = await graph.databases.employment.dataSource.getRepository(ScoreReopening).findBy({ applicationId: id('1001') });
    expect(reopenings).toEqual([
      expect.objectContaining({ actorUsername: 'atbt-chef', personId: sluten, submittedAt: expect.any(Date), occurredAt: expect.any(Date) }),
    ]);
    // reopened: no longer submitted, so the aggregate is hidden again, and the score can change
    expect(await scoresAs('studierektor-sluten', '1001')).toMatchObject({ myScoresSubmitted: false, aggregate: null });
    expect((await change()).errors).toBeUndefined();
    await call(graph, 'studierektor-sluten', SAVE_SCORE, { applicationId: id('1001'), criterionId: criteria[3], value: 4 }); // unchanged: no audit
    const audit = await graph.databases.employment.dataSource
      .getRepository(ScoreAudit)
      .find({ where: { applicationId: id('1001'), criterionId: criteria[3], actorUsername: 'studierektor-sluten' }, order: { id: 'ASC' } });
    expect(audit.map((row) => [row.oldValue, row.newValue])).toEqual([
      [null, 2],
      [2, 4],
    ]);
    expect(audit[1].occurredAt).toBeInstanceOf(Date);
    await call(graph, 'studierektor-sluten', SUBMIT_SCORES, { applicationId: id('1001') });
    expect((await scoresAs('atbt-chef', '1001')).aggregate?.weightedMean).toBe(3.1); // sluten now 3.8
  });

  it('refuses a value outside the scale, an ineligible application, an unknown criterion, and anyone not on the interview stage', async () => {
    const save = (username: string, applicationId: string, value: number, criterionId = criteria[0]) =>
      graph.query(SAVE_SCORE, { token: graph.tokenFor(username), variables: { applicationId, criterionId, value } });
    const outside = await save('hr-samordnare', id('1002'), 6);
    expectProblems(outside, 'BAD_USER_INPUT', {
      code: 'SCORE_OUT_OF_SCALE',
      rule: 'REC-4',
      field: 'value',
      params: { criterion: 'Intervju', scaleMin: 1, scaleMax: 5, value: 6 },
    });
    expectRefused(outside, 'BAD_USER_INPUT', /^Poängen för Intervju ska vara ett heltal 1–5, inte 6/);
    expectProblems(await save('hr-samordnare', id('1004'), 3), 'BAD_USER_INPUT', { code: 'APPLICATION_NOT_IN_RUNNING', rule: 'REC-3' });
    expectProblems(await save('hr-samordnare', id('1002'), 3, 'no-such-criterion'), 'BAD_USER_INPUT', {
      code: 'NOT_FOUND',
      params: { id: 'no-such-criterion' },
    });
    expectProblems(await save('atbt-chef', id('1002'), 3), 'FORBIDDEN', { code: 'NOT_ON_INTERVIEW_PANEL', rule: 'REC-4' });
    // REC-9: outside one's rounds an application answers as if it did not exist (no existence oracle)
    expectProblems(await save('hhl-vc-teleborg-1', id('1002'), 3), 'BAD_USER_INPUT', { code: 'NOT_FOUND', field: 'applicationId', params: { id: id('1002') } });
  });

  it('ranks by weighted mean with the tie-break stated; only the Director sees it during the interviews', async () => {
    await scoreAndSubmit(graph, 'hr-samordnare', id('1002'), criteria, [5, 4, 4, 3]); // 2+1.2+0.8+0.3 = 4.3
    await scoreAndSubmit(graph, 'hr-samordnare', id('1005'), criteria, [3, 3, 3, 3]); // 3.0
    await scoreAndSubmit(graph, 'hr-samordnare', id('1007'), criteria, [2, 4, 4, 4]); // 3.2
    await scoreAndSubmit(graph, 'hr-samordnare', id('1003'), criteria, [4, 4, 4, 4]); // 4.0, Ljungby
    await scoreAndSubmit(graph, 'hr-samordnare', id('1008'), criteria, [3, 3, 3, 3]); // 3.0, Ljungby
    const { ranking } = await call<{
      ranking: { tieBreak: string; items: { rank: number; weightedMean: number; site: { name: string }; application: { externalId: string } }[] };
    }>(graph, 'atbt-chef', RANKING, { roundId });
    expect(ranking.tieBreak).toMatch(/Vid lika: högst medelvärde på Intervju/);
    expect(ranking.items.map((i) => `${i.rank} ${i.application.externalId.slice(-4)} ${i.weightedMean} ${i.site.name}`)).toEqual([
      '1 1002 4.3 Växjö',
      '2 1003 4 Ljungby',
      '3 1007 3.2 Växjö',
      '4 1001 3.1 Växjö',
      '5 1008 3 Ljungby', // equal to 1005 on mean and interview: 12 underläkare months in the region against 8
      '6 1005 3 Växjö',
    ]);
    const ljungby = graph.data.sites.find((s) => s.name === 'Ljungby')!;
    const site = await call<{ ranking: { items: { rank: number; application: { externalId: string } }[] } }>(graph, 'atbt-chef', RANKING, {
      roundId,
      siteId: ljungby.id,
    });
    expect(site.ranking.items.map((i) => `${i.rank} ${i.application.externalId.slice(-4)}`)).toEqual(['1 1003', '2 1008']);
    for (const username of ['bitr-atbt-chef', 'hr-samordnare']) {
      expectProblems(await graph.query(RANKING, { token: graph.tokenFor(username), variables: { roundId } }), 'FORBIDDEN', {
        code: 'RANKING_NOT_YET_VISIBLE',
        rule: 'REC-4',
      });
    }
    expectProblems(await graph.query(RANKING, { token: graph.tokenFor('studierektor-sluten'), variables: { roundId } }), 'FORBIDDEN', {
      code: 'NOT_PERMITTED',
    });
  });

  it('REC-4: the Director seated on the interview stage sees neither aggregate nor ranking until submitting', async () => {
    await call(graph, 'atbt-chef', ADD_PANEL_MEMBER, { roundId, personId: graph.viewer('atbt-chef').id, stage: 'INTERVIEWS', capacity: 'MANAGEMENT' });
    expect((await scoresAs('atbt-chef', '1001')).aggregate).toBeNull();
    expectProblems(await graph.query(RANKING, { token: graph.tokenFor('atbt-chef'), variables: { roundId } }), 'FORBIDDEN', {
      code: 'RANKING_NOT_YET_VISIBLE',
      rule: 'REC-4',
    });
    await scoreAndSubmit(graph, 'atbt-chef', id('1001'), criteria, [3, 3, 3, 3]); // 3.8, 2.5, 3.0, 3.0
    expect((await scoresAs('atbt-chef', '1001')).aggregate).toMatchObject({ weightedMean: 3.08, scoreCount: 4 });
  });

  it('after the interviews: scores are final, the deputy director and HR see the ranking and the reserve list per site', async () => {
    await call(graph, 'atbt-chef', MOVE_ROUND, { id: roundId, to: 'OFFERS' });
    const late = await graph.query(SAVE_SCORE, {
      token: graph.tokenFor('hr-samordnare'),
      variables: { applicationId: id('1002'), criterionId: criteria[0], value: 1 },
    });
    expectProblems(late, 'BAD_USER_INPUT', { code: 'ROUND_NOT_IN_INTERVIEWS', rule: 'REC-4', params: { state: 'erbjudanden' } });
    const vaxjo = graph.data.sites.find((s) => s.name === 'Växjö')!;
    const { reserveList } = await call<{ reserveList: { rank: number; weightedMean: number; application: { externalId: string } }[] }>(
      graph,
      'bitr-atbt-chef',
      RESERVE,
      {
        roundId,
        siteId: vaxjo.id,
      },
    );
    expect(reserveList.map((r) => `${r.rank} ${r.application.externalId.slice(-4)}`)).toEqual(['1 1002', '2 1007', '3 1001', '4 1005']);
    expect((await call<{ ranking: { items: unknown[] } }>(graph, 'hr-samordnare', RANKING, { roundId })).ranking.items).toHaveLength(6);
    expectProblems(await graph.query(RESERVE, { token: graph.tokenFor('atbt-chef'), variables: { roundId, siteId: 'nowhere' } }), 'BAD_USER_INPUT', {
      code: 'NOT_FOUND',
      field: 'siteId',
      params: { id: 'nowhere' },
    });
  });
});

import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import {
  ANSWER_OFFER,
  call,
  expectProblems,
  expectRefused,
  IMPORT,
  MAKE_OFFER,
  MOVE_ROUND,
  RECORD_CHECK,
  RECORD_REQUIREMENT,
  ROUND_INPUT,
  SAMPLE_CSV,
  SAVE_SCORE,
  seatPanel,
  siteId,
  SUBMIT_SCORES,
} from './recruitment-support';

/** The graph stands still on a day of the VT 2028 round's offers (the interviews were on 6–7 October). */
const TODAY = '2027-10-12';

const ROUND = `query ($id: ID!) { recruitmentRound(id: $id) { state startDate applicationCount allowedTransitions rubric { id name } } }`;
const APPLICATIONS = 'query ($roundId: ID!) { applicationPage(perPage: 100, filter: { roundId: $roundId }) { total items { id externalId name state } } }';
const RANKING =
  'query ($roundId: ID!, $siteId: ID) { ranking(roundId: $roundId, siteId: $siteId) { tieBreak items { rank weightedMean application { id externalId } } } }';
const MY_VIEW = 'query ($id: ID!) { application(id: $id) { myScoresSubmitted myScores { value } aggregate { weightedMean scoreCount } } }';
const TRAINEE = `query ($id: ID!) { trainee(id: $id) { id name personalIdentityNumber employmentStart employmentEnd employmentForm
  site { name } cohort { name startDate } placements { id } certificates { id } goalProgress { level } } }`;

describe(`a recruitment round from advert to employment, through the gateway, on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
  });
  afterAll(() => graph?.stop());

  it('creates, imports, screens, scores, ranks, offers, takes a decline and the reserve, and employs the trainee (REC-1…REC-9, EMP-1)', async () => {
    const vaxjo = siteId(graph, 'Växjö');

    // REC-1: the Director creates the round; HR imports the job portal's export
    const { createRecruitmentRound } = await call<{ createRecruitmentRound: { id: string; startDate: string } }>(
      graph,
      'atbt-chef',
      'mutation ($input: RecruitmentRoundInput!) { createRecruitmentRound(input: $input) { id startDate } }',
      { input: ROUND_INPUT },
    );
    const roundId = createRecruitmentRound.id;
    expect(createRecruitmentRound.startDate).toBe('2028-01-17');
    await call(graph, 'atbt-chef', MOVE_ROUND, { id: roundId, to: 'OPEN' });
    const imported = await call<{ importApplications: { created: number; errors: unknown[] } }>(graph, 'hr-samordnare', IMPORT, { roundId, csv: SAMPLE_CSV });
    expect(imported.importApplications).toMatchObject({ created: 12, errors: [] });
    const { applicationPage } = await call<{ applicationPage: { items: { id: string; externalId: string; name: string }[] } }>(
      graph,
      'hr-samordnare',
      APPLICATIONS,
      { roundId },
    );
    const id = (number: string) => applicationPage.items.find((a) => a.externalId === `OJ-2027-${number}`)!.id;

    // REC-3: HR records the formal requirements; one applicant lacks Swedish at C1
    const screened = ['1001', '1002', '1005', '1007', '1004'];
    for (const number of screened) {
      for (const requirement of ['BT_REQUIREMENT', 'LICENCE', 'SWEDISH_C1']) {
        const met = !(number === '1004' && requirement === 'SWEDISH_C1');
        await call(graph, 'hr-samordnare', RECORD_REQUIREMENT, {
          id: id(number),
          requirement,
          met,
          evidence: met ? 'Kontrollerat mot intyg' : 'Språkintyg B2',
        });
      }
    }
    const ineligible = await call<{ application: { state: string; ineligibilityReasons: string[] } }>(
      graph,
      'hr-samordnare',
      'query ($id: ID!) { application(id: $id) { state ineligibilityReasons } }',
      { id: id('1004') },
    );
    expect(ineligible.application).toEqual({ state: 'INELIGIBLE', ineligibilityReasons: ['Saknar svenska på nivå C1.'] });

    // REC-9: the panel on every stage, then screening and interviews
    await seatPanel(graph, roundId);
    for (const to of ['SCREENING', 'INTERVIEWS']) await call(graph, 'atbt-chef', MOVE_ROUND, { id: roundId, to });
    const { recruitmentRound } = await call<{ recruitmentRound: { state: string; applicationCount: number; rubric: { id: string; name: string }[] } }>(
      graph,
      'atbt-chef',
      ROUND,
      { id: roundId },
    );
    expect(recruitmentRound).toMatchObject({ state: 'INTERVIEWS', applicationCount: 12 });
    const criteria = recruitmentRound.rubric.map((criterion) => criterion.id);

    // REC-4: two members score independently and submit
    const scores: Record<string, Record<string, number[]>> = {
      'studierektor-sluten': { '1001': [3, 3, 3, 3], '1002': [5, 4, 4, 3], '1005': [2, 3, 2, 2], '1007': [4, 4, 4, 3] },
      'studierektor-primar': { '1001': [3, 4, 3, 3], '1002': [4, 4, 5, 3], '1005': [3, 3, 2, 2], '1007': [4, 5, 4, 4] },
    };
    for (const [username, byApplication] of Object.entries(scores)) {
      for (const [number, values] of Object.entries(byApplication)) {
        for (const [index, criterionId] of criteria.entries())
          await call(graph, username, SAVE_SCORE, { applicationId: id(number), criterionId, value: values[index] });
        if (username === 'studierektor-sluten' && number === '1002') {
          // before either has submitted, neither sees the other's scores
          const other = await call<{ application: { myScores: unknown[]; aggregate: unknown } }>(graph, 'studierektor-primar', MY_VIEW, { id: id('1002') });
          expect(other.application).toMatchObject({ myScores: [], aggregate: null });
        }
        await call(graph, username, SUBMIT_SCORES, { applicationId: id(number) });
      }
    }
    const afterSubmit = await call<{ application: { myScoresSubmitted: boolean; aggregate: unknown } }>(graph, 'studierektor-primar', MY_VIEW, {
      id: id('1002'),
    });
    // REC-4: with two submitted the aggregate would give away the other's scores: none until three have submitted
    expect(afterSubmit.application).toMatchObject({ myScoresSubmitted: true, aggregate: null });
    expectProblems(
      await graph.query(SAVE_SCORE, {
        token: graph.tokenFor('studierektor-sluten'),
        variables: { applicationId: id('1004'), criterionId: criteria[0], value: 5 },
      }),
      'BAD_USER_INPUT',
      { code: 'APPLICATION_NOT_IN_RUNNING', rule: 'REC-3' },
    );

    // the ranking: the ineligible and the unscored are left out
    await call(graph, 'atbt-chef', MOVE_ROUND, { id: roundId, to: 'OFFERS' });
    const { ranking } = await call<{ ranking: { tieBreak: string; items: { rank: number; weightedMean: number; application: { externalId: string } }[] } }>(
      graph,
      'bitr-atbt-chef',
      RANKING,
      {
        roundId,
        siteId: vaxjo,
      },
    );
    expect(ranking.items.map((item) => `${item.rank} ${item.application.externalId.slice(-4)} ${item.weightedMean}`)).toEqual([
      '1 1002 4.2', // the members' weighted scores 4.3 and 4.1
      '2 1007 4.1', // 3.9 and 4.3
      '3 1001 3.15', // 3.0 and 3.3
      '4 1005 2.5', // 2.3 and 2.7
    ]);
    expect(ranking.tieBreak).toMatch(/Intervju/);

    // REC-7: the extract, then the offer with a week to answer; the first choice declines
    const offerTo = async (number: string) => {
      await call(graph, 'hr-samordnare', RECORD_CHECK, { applicationId: id(number), shownOn: TODAY });
      return (await call<{ makeOffer: { id: string } }>(graph, 'atbt-chef', MAKE_OFFER, { applicationId: id(number), siteId: vaxjo, answerBy: '2027-10-19' }))
        .makeOffer.id;
    };
    const declined = await call<{ answerOffer: { offer: { state: string }; proposedNext: { id: string; externalId: string } } }>(
      graph,
      'hr-samordnare',
      ANSWER_OFFER,
      {
        offerId: await offerTo('1002'),
        accepted: false,
      },
    );
    // REC-8: the next on the reserve list is proposed
    expect(declined.answerOffer).toMatchObject({ offer: { state: 'DECLINED' }, proposedNext: { externalId: 'OJ-2027-1007' } });

    // EMP-1: the proposed applicant accepts and is employed (a Växjö offer: the Director registers it, ORG-1)
    const accepted = await call<{ answerOffer: { offer: { state: string; trainee: { id: string } } } }>(graph, 'atbt-chef', ANSWER_OFFER, {
      offerId: await offerTo(declined.answerOffer.proposedNext.externalId.slice(-4)),
      accepted: true,
    });
    expect(accepted.answerOffer.offer.state).toBe('ACCEPTED');

    // the new trainee through the gateway: employment's record with education's and certification's (empty) parts
    const { trainee } = await call<{ trainee: Record<string, unknown> }>(graph, 'atbt-chef', TRAINEE, { id: accepted.answerOffer.offer.trainee.id });
    expect(trainee).toEqual({
      id: accepted.answerOffer.offer.trainee.id,
      name: 'Klara Bergström',
      personalIdentityNumber: '19910604-9878',
      employmentStart: '2028-01-17',
      employmentEnd: '2029-01-16',
      employmentForm: 'SEPARATE',
      site: { name: 'Växjö' },
      cohort: { name: 'VT 2028 Växjö', startDate: '2028-01-17' },
      placements: [],
      certificates: [],
      goalProgress: [],
    });
    const listed = await call<{ traineePage: { items: { id: string }[] } }>(
      graph,
      'studierektor-primar',
      'query { traineePage(filter: { q: "klara bergström" }) { items { id } } }',
    );
    expect(listed.traineePage.items).toEqual([{ id: accepted.answerOffer.offer.trainee.id }]);
  });

  describe('what a panel member may not do', () => {
    let roundId: string;
    let applicationId: string;
    let criteria: string[];

    beforeAll(async () => {
      const { createRecruitmentRound } = await call<{ createRecruitmentRound: { id: string } }>(
        graph,
        'atbt-chef',
        'mutation ($input: RecruitmentRoundInput!) { createRecruitmentRound(input: $input) { id } }',
        { input: { ...ROUND_INPUT, name: 'Behörighetsprov' } },
      );
      roundId = createRecruitmentRound.id;
      await call(graph, 'atbt-chef', MOVE_ROUND, { id: roundId, to: 'OPEN' });
      await call(graph, 'hr-samordnare', IMPORT, { roundId, csv: SAMPLE_CSV.split('\n').slice(0, 2).join('\n') });
      applicationId = (await call<{ applicationPage: { items: { id: string }[] } }>(graph, 'hr-samordnare', APPLICATIONS, { roundId })).applicationPage.items[0]
        .id;
      for (const requirement of ['BT_REQUIREMENT', 'LICENCE', 'SWEDISH_C1']) {
        await call(graph, 'hr-samordnare', RECORD_REQUIREMENT, { id: applicationId, requirement, met: true, evidence: 'Kontrollerat' });
      }
      await seatPanel(graph, roundId, [
        ['hr-samordnare', 'HR'],
        ['bitr-atbt-chef', 'MANAGEMENT'],
        ['studierektor-sluten', 'DIRECTOR_OF_STUDIES'],
      ]);
      for (const to of ['SCREENING', 'INTERVIEWS']) await call(graph, 'atbt-chef', MOVE_ROUND, { id: roundId, to });
      criteria = (await call<{ recruitmentRound: { rubric: { id: string }[] } }>(graph, 'atbt-chef', ROUND, { id: roundId })).recruitmentRound.rubric.map(
        (c) => c.id,
      );
    });

    it("cannot read another member's unsubmitted scores, neither one by one nor as an aggregate or a ranking", async () => {
      await call(graph, 'hr-samordnare', SAVE_SCORE, { applicationId, criterionId: criteria[0], value: 5 });
      const view = await call<{ application: { myScores: unknown[]; aggregate: unknown } }>(graph, 'studierektor-sluten', MY_VIEW, { id: applicationId });
      expect(view.application).toEqual({ myScoresSubmitted: false, myScores: [], aggregate: null });
      expectRefused(await graph.query(RANKING, { token: graph.tokenFor('studierektor-sluten'), variables: { roundId } }), 'FORBIDDEN');
      const early = await graph.query(RANKING, { token: graph.tokenFor('bitr-atbt-chef'), variables: { roundId } });
      expectProblems(early, 'FORBIDDEN', { code: 'RANKING_NOT_YET_VISIBLE', rule: 'REC-4' });
      expectRefused(early, 'FORBIDDEN', /intervjuerna är avslutade/);
    });

    it('cannot see a round they are not on, nor its applications', async () => {
      const hidden = await call<{ recruitmentRound: unknown; application: unknown; applicationPage: { total: number } }>(
        graph,
        'studierektor-primar',
        'query ($id: ID!, $applicationId: ID!) { recruitmentRound(id: $id) { id } application(id: $applicationId) { id } applicationPage(filter: { ids: [$applicationId] }) { total } }',
        { id: roundId, applicationId },
      );
      expect(hidden).toEqual({ recruitmentRound: null, application: null, applicationPage: { total: 0 } });
      // REC-9: a round outside one's panels answers as one that does not exist
      expectProblems(
        await graph.query('query ($roundId: ID!) { interviewSlots(roundId: $roundId) { id } }', {
          token: graph.tokenFor('studierektor-primar'),
          variables: { roundId },
        }),
        'BAD_USER_INPUT',
        { code: 'NOT_FOUND', field: 'roundId', params: { id: roundId } },
      );
    });

    it("cannot read salaries (Trainee.salary): FORBIDDEN on the field, for members in any capacity but the programme's management", async () => {
      const trainee = graph.data.trainees.find((t) => t.username === 'bt-ida.olsson')!;
      for (const username of ['studierektor-sluten', 'studierektor-primar']) {
        const response = await graph.query<{ trainee: { salary: unknown } | null }>('query ($id: ID!) { trainee(id: $id) { id salary { monthlyOre } } }', {
          token: graph.tokenFor(username),
          variables: { id: trainee.id },
        });
        expectRefused(response, 'FORBIDDEN');
        expect(response.data?.trainee?.salary ?? null).toBeNull();
      }
    });
  });
});

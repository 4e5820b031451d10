import { ApplicationState as State, RecruitmentRoundState } from './recruitment';
import {
  round2,
  aggregateScores,
  aggregateVisible,
  MIN_SUBMISSIONS_FOR_AGGREGATE,
  rankApplications,
  rankingTieBreak,
  reopenProblems,
  reserveList,
  scoreProblems,
  submissionProblems,
  tieBreakCriterion,
  weightedScore,
  type CriterionDefinition,
  type RankingCandidate,
  nextFromReserve,
  topOfEachSite,
} from './recruitment-scoring';

const RUBRIC: CriterionDefinition[] = [
  { id: 'interview', name: 'Intervju', weight: 0.4, scaleMin: 1, scaleMax: 5, sortOrder: 1 },
  { id: 'clinical', name: 'Kliniskt test', weight: 0.3, scaleMin: 1, scaleMax: 5, sortOrder: 2 },
  { id: 'references', name: 'Referenser', weight: 0.2, scaleMin: 1, scaleMax: 5, sortOrder: 3 },
  { id: 'merits', name: 'Meriter', weight: 0.1, scaleMin: 1, scaleMax: 5, sortOrder: 4 },
];
const scores = (interview: number, clinical: number, references: number, merits: number) => [
  { criterionId: 'interview', value: interview },
  { criterionId: 'clinical', value: clinical },
  { criterionId: 'references', value: references },
  { criterionId: 'merits', value: merits },
];

describe('REC-4: a score', () => {
  const context = { roundState: RecruitmentRoundState.INTERVIEWS, applicationState: State.INVITED, criterion: RUBRIC[0], submitted: false };

  it('REC-4: is a whole number on the criterion’s scale, set during the interviews for an application in the running', () => {
    expect(scoreProblems({ value: 5, comment: 'Tydlig och strukturerad.' }, context)).toEqual([]);
    expect(scoreProblems({ value: 6 }, context)).toEqual([
      {
        code: 'SCORE_OUT_OF_SCALE',
        rule: 'REC-4',
        field: 'value',
        message: 'Poängen för Intervju ska vara ett heltal 1–5, inte 6.',
        params: { criterion: 'Intervju', scaleMin: 1, scaleMax: 5, value: 6 },
      },
    ]);
    expect(scoreProblems({ value: 2.5 }, context)).toEqual([
      expect.objectContaining({ code: 'SCORE_OUT_OF_SCALE', message: expect.stringMatching(/inte 2.5/) }),
    ]);
    expect(scoreProblems({ value: 3, comment: 'x'.repeat(2001) }, context)).toEqual([expect.objectContaining({ code: 'TEXT_TOO_LONG', field: 'comment' })]);
    expect(scoreProblems({ value: 3 }, { ...context, roundState: RecruitmentRoundState.OFFERS, applicationState: State.INELIGIBLE })).toEqual([
      expect.objectContaining({
        code: 'ROUND_NOT_IN_INTERVIEWS',
        rule: 'REC-4',
        message: 'Poäng sätts och ändras medan omgången är i intervjuer; nu är den i läget erbjudanden.',
      }),
      expect.objectContaining({
        code: 'APPLICATION_NOT_IN_RUNNING',
        rule: 'REC-3',
        message: 'Bara ansökningar som uppfyller de formella kraven och inte fått erbjudande bedöms.',
      }),
    ]);
  });

  it('REC-4: is locked once the member has submitted, until the Director reopens the scores', () => {
    expect(scoreProblems({ value: 4 }, { ...context, submitted: true })).toEqual([
      {
        code: 'SCORES_ALREADY_SUBMITTED',
        rule: 'REC-4',
        message: 'Du har lämnat in dina poäng för ansökan; de kan bara ändras om AT/BT-chefen öppnar bedömningen igen.',
      },
    ]);
    expect(reopenProblems(RecruitmentRoundState.INTERVIEWS, true)).toEqual([]);
    expect(reopenProblems(RecruitmentRoundState.INTERVIEWS, false)).toEqual([expect.objectContaining({ code: 'SCORES_NOT_SUBMITTED', rule: 'REC-4' })]);
    expect(reopenProblems(RecruitmentRoundState.OFFERS, true)).toEqual([expect.objectContaining({ code: 'ROUND_NOT_IN_INTERVIEWS', rule: 'REC-4' })]);
  });

  it('REC-4: is submitted only when every criterion is scored', () => {
    expect(submissionProblems(RUBRIC, scores(4, 4, 4, 4))).toEqual([]);
    expect(submissionProblems(RUBRIC, scores(4, 4, 4, 4).slice(0, 1))).toEqual([
      {
        code: 'SCORES_MISSING',
        rule: 'REC-4',
        message: 'Sätt poäng på Kliniskt test, Referenser och Meriter innan du lämnar in bedömningen.',
        params: { criteria: 'Kliniskt test, Referenser och Meriter' },
      },
    ]);
  });
});

describe('REC-4: the aggregate', () => {
  it('weighs each member’s values, normalising weights that need not sum to 1', () => {
    expect(weightedScore(scores(5, 4, 3, 2), RUBRIC)).toBeCloseTo(4.0); // 2.0 + 1.2 + 0.6 + 0.2
    const doubled = RUBRIC.map((c) => ({ ...c, weight: c.weight * 10 }));
    expect(weightedScore(scores(5, 4, 3, 2), doubled)).toBeCloseTo(4.0);
    expect(weightedScore(scores(5, 4, 3, 2).slice(0, 2), RUBRIC)).toBeCloseTo((0.4 * 5 + 0.3 * 4) / 0.7);
    expect(weightedScore([], RUBRIC)).toBeNull();
  });

  it('is the mean of the members’ weighted scores, with the standard deviation as spread and per-criterion figures', () => {
    const aggregate = aggregateScores(
      [
        { memberId: 'a', scores: scores(5, 4, 3, 2) }, // 4.0
        { memberId: 'b', scores: scores(3, 3, 3, 3) }, // 3.0
      ],
      RUBRIC,
    );
    expect(aggregate).toEqual({
      weightedMean: 3.5,
      spread: 0.5,
      scoreCount: 2,
      perCriterion: [
        { criterionId: 'interview', mean: 4, count: 2 },
        { criterionId: 'clinical', mean: 3.5, count: 2 },
        { criterionId: 'references', mean: 3, count: 2 },
        { criterionId: 'merits', mean: 2.5, count: 2 },
      ],
    });
  });

  it('has no spread with one member and nothing without scores', () => {
    expect(aggregateScores([{ memberId: 'a', scores: scores(4, 4, 4, 4) }], RUBRIC)).toMatchObject({ weightedMean: 4, spread: null, scoreCount: 1 });
    const none = aggregateScores([], RUBRIC);
    expect(none).toMatchObject({ weightedMean: null, spread: null, scoreCount: 0 });
    expect(none.perCriterion[0]).toEqual({ criterionId: 'interview', mean: null, count: 0 });
  });
});

describe('REC-4: who sees the panel’s aggregate (independent scoring)', () => {
  const { INTERVIEWS, OFFERS } = RecruitmentRoundState;
  const member = { seatedOnInterviewPanel: true, submitted: true, decides: false };

  it('REC-4: a member who has submitted sees it only once at least three have submitted (two would reveal the other’s scores)', () => {
    expect(MIN_SUBMISSIONS_FOR_AGGREGATE).toBe(3);
    expect(aggregateVisible(INTERVIEWS, 1, member)).toBe(false);
    expect(aggregateVisible(INTERVIEWS, 2, member)).toBe(false);
    expect(aggregateVisible(INTERVIEWS, 3, member)).toBe(true);
    expect(aggregateVisible(OFFERS, 2, member)).toBe(true);
  });

  it('REC-4: a member who has not submitted never sees it, the seated Director included while interviews go on', () => {
    expect(aggregateVisible(INTERVIEWS, 3, { ...member, submitted: false })).toBe(false);
    expect(aggregateVisible(OFFERS, 3, { ...member, submitted: false })).toBe(false);
    const seatedDirector = { seatedOnInterviewPanel: true, submitted: false, decides: true };
    expect(aggregateVisible(INTERVIEWS, 3, seatedDirector)).toBe(false);
    expect(aggregateVisible(INTERVIEWS, 2, { ...seatedDirector, submitted: true })).toBe(false);
    expect(aggregateVisible(INTERVIEWS, 3, { ...seatedDirector, submitted: true })).toBe(true);
    expect(aggregateVisible(OFFERS, 3, seatedDirector)).toBe(true);
  });

  it('REC-4: the Director who does not sit on the interview stage always sees it; nobody else off the panel does', () => {
    expect(aggregateVisible(INTERVIEWS, 1, { seatedOnInterviewPanel: false, submitted: false, decides: true })).toBe(true);
    expect(aggregateVisible(OFFERS, 3, { seatedOnInterviewPanel: false, submitted: false, decides: false })).toBe(false);
  });
});

describe('REC-4, REC-8: ranking and reserve list', () => {
  const candidate = (externalId: string, members: number[][], extra: Partial<RankingCandidate> = {}): RankingCandidate => ({
    applicationId: externalId,
    externalId,
    state: State.INTERVIEWED,
    receivedAt: '2027-09-10',
    underlakareMonthsRegion: 0,
    aggregate: aggregateScores(
      members.map((values, i) => ({ memberId: `m${i}`, scores: scores(values[0], values[1], values[2], values[3]) })),
      RUBRIC,
    ),
    ...extra,
  });

  it('breaks ties by the most heavily weighted criterion (Intervju by default) and says so', () => {
    expect(tieBreakCriterion(RUBRIC)?.name).toBe('Intervju');
    expect(
      tieBreakCriterion([
        { ...RUBRIC[1], weight: 1 },
        { ...RUBRIC[0], weight: 1 },
      ])?.name,
    ).toBe('Intervju');
    expect(rankingTieBreak('Intervju')).toEqual({
      code: 'TIE_BREAK_BY_CRITERION',
      rule: 'REC-4',
      params: { criterion: 'Intervju' },
      message:
        'Högst viktat medelvärde (två decimaler) först. Vid lika: högst medelvärde på Intervju (det tyngst vägda kriteriet), sedan flest underläkarmånader i regionen, sedan tidigast mottagen ansökan, sedan lägst ansökningsnummer.',
    });
    expect(rankingTieBreak(undefined)).toMatchObject({
      code: 'TIE_BREAK',
      message: expect.stringMatching(/^Högst viktat medelvärde .* Vid lika: sedan flest underläkarmånader/),
    });
  });

  it('orders by weighted mean, then the tie-break criterion, region months, receipt and number; leaves out the unscored and ineligible', () => {
    const ranked = rankApplications(
      [
        candidate('A', [[3, 3, 3, 3]]), // 3.0, interview 3
        candidate('B', [[4, 1, 3, 1]]), // 1.6+0.3+0.6+0.1 = 2.6
        candidate('C', [[2, 4, 4, 4]]), // 0.8+1.2+0.8+0.4 = 3.2
        candidate('D', [[4, 2, 3, 3]]), // 1.6+0.6+0.6+0.3 = 3.1
        candidate('E', [[3, 3, 3, 3]], { underlakareMonthsRegion: 12 }), // 3.0, more region months than A and F
        candidate('F', [[3, 3, 3, 3]], { receivedAt: '2027-09-01' }), // 3.0, earlier than A
        candidate('G', [[5, 5, 5, 5]], { state: State.INELIGIBLE }),
        candidate('H', []),
        candidate('I', [[3, 3, 3, 3]]), // same as A in every respect: by number
      ],
      'interview',
    );
    expect(ranked.map((r) => `${r.rank} ${r.externalId} ${r.weightedMean}`)).toEqual(['1 C 3.2', '2 D 3.1', '3 E 3', '4 F 3', '5 A 3', '6 I 3', '7 B 2.6']);
    const interviewFirst = rankApplications([candidate('X', [[2, 4, 4, 4]]), candidate('Y', [[4, 3, 2, 1]])], 'interview'); // 3.2 and 1.6+0.9+0.4+0.1 = 3.0
    expect(interviewFirst.map((r) => r.externalId)).toEqual(['X', 'Y']);
    const tie = rankApplications([candidate('P', [[2, 4, 4, 2]]), candidate('Q', [[3, 3, 3, 3]])], 'interview'); // both 3.0: Q has the higher interview mean
    expect(tie.map((r) => r.weightedMean)).toEqual([3, 3]);
    expect(tie.map((r) => r.externalId)).toEqual(['Q', 'P']);
  });

  it('REC-8: the reserve list is the ranked applicants not yet offered, numbered from 1', () => {
    const ranked = rankApplications(
      [
        candidate('A', [[5, 5, 5, 5]], { state: State.ACCEPTED }),
        candidate('B', [[4, 4, 4, 4]], { state: State.DECLINED }),
        candidate('C', [[3, 3, 3, 3]]),
        candidate('D', [[2, 2, 2, 2]]),
      ],
      'interview',
    );
    expect(reserveList(ranked).map((r) => `${r.rank} ${r.externalId}`)).toEqual(['1 C', '2 D']);
  });
});

describe("REC-8: the next from the round's reserve list", () => {
  const reserve = [
    { id: 'a', preferredSiteId: 'vaxjo', acceptsOtherSite: false },
    { id: 'b', preferredSiteId: 'vaxjo', acceptsOtherSite: true },
    { id: 'c', preferredSiteId: 'ljungby', acceptsOtherSite: false },
  ];

  it('is the best remaining who prefers the site', () => {
    expect(nextFromReserve(reserve, 'ljungby')?.id).toBe('c');
    expect(nextFromReserve(reserve, 'vaxjo')?.id).toBe('a');
  });

  it('when none is left there, the best who accepts the other site; otherwise nobody', () => {
    expect(nextFromReserve(reserve.slice(0, 2), 'ljungby')?.id).toBe('b');
    expect(nextFromReserve(reserve.slice(0, 1), 'ljungby')).toBeUndefined();
    expect(nextFromReserve([], 'vaxjo')).toBeUndefined();
  });
});

describe('REC-2, REC-8: offers to the top of each site', () => {
  const ranked = [
    { id: 'a', preferredSiteId: 'vaxjo', state: State.ACCEPTED },
    { id: 'b', preferredSiteId: 'ljungby', state: State.INTERVIEWED },
    { id: 'c', preferredSiteId: 'vaxjo', state: State.INTERVIEWED },
    { id: 'd', preferredSiteId: 'vaxjo', state: State.DECLINED },
    { id: 'e', preferredSiteId: 'vaxjo', state: State.INTERVIEWED },
    { id: 'f', preferredSiteId: 'ljungby', state: State.INTERVIEWED },
  ];

  it('REC-2: are the applicants above each site’s cut line (its positions) who have no offer yet, in ranking order', () => {
    const top = topOfEachSite(ranked, [
      { siteId: 'vaxjo', count: 3 },
      { siteId: 'ljungby', count: 1 },
    ]);
    expect(top.map(({ siteId, applicants }) => [siteId, applicants.map((a) => a.id)])).toEqual([
      ['vaxjo', ['c']],
      ['ljungby', ['b']],
    ]);
  });

  it('REC-8: stop at the cut line: a decline above it leaves its place to the reserve list, not to the next below the line', () => {
    expect(topOfEachSite(ranked, [{ siteId: 'vaxjo', count: 4 }])[0].applicants.map((a) => a.id)).toEqual(['c', 'e']);
    expect(topOfEachSite(ranked, [{ siteId: 'vaxjo', count: 0 }])[0].applicants).toEqual([]);
  });
});

describe('REC-4: two decimals whatever the order of the sum', () => {
  it('rounds a mean of 3.075 to 3.08 also when the floats add up to 3.0749999999999997', () => {
    expect(round2((3.8 + 2.5 + 3.0 + 3.0) / 4)).toBe(3.08);
    expect(round2((3.0 + 3.0 + 2.5 + 3.8) / 4)).toBe(3.08);
    // what a sum of floats in another order gives for 3.075 (Math.round(x * 100) / 100 says 3.07)
    expect(round2(3.0749999999999993)).toBe(3.08);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(3.0749)).toBe(3.07);
    expect(round2(0)).toBe(0);
  });
});

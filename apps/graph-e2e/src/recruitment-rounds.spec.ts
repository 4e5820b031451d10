import { RecruitmentRound, RubricCriterion } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { call, expectProblems, expectRefused, moveRound, problemsOf, ROUND_FIELDS, ROUND_INPUT, seatPanel, type RoundResult } from './recruitment-support';
import { withVersion } from './versions';

const CREATE = `mutation ($input: RecruitmentRoundInput!) { createRecruitmentRound(input: $input) { ${ROUND_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: RecruitmentRoundInput!) { updateRecruitmentRound(id: $id, version: $version, input: $input) { ${ROUND_FIELDS} } }`;
const MOVE = `mutation ($id: ID!, $to: RecruitmentRoundState!) { moveRecruitmentRound(id: $id, to: $to) { id state allowedTransitions } }`;
const SET_RUBRIC = `mutation ($roundId: ID!, $criteria: [RubricCriterionInput!]!) { setRubric(roundId: $roundId, criteria: $criteria) { name weight scaleMin scaleMax sortOrder } }`;
const PAGE = `query ($filter: RecruitmentRoundFilter, $sortField: String, $sortOrder: SortOrder! = ASC, $perPage: Int! = 25) {
  recruitmentRoundPage(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: $perPage) { total items { id name startDate } } }`;

describe(`recruitment rounds on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const repository = <T extends object>(entity: new () => T) => graph.databases.employment.dataSource.getRepository(entity);
  const create = async (input: Record<string, unknown> = {}) =>
    (await call<{ createRecruitmentRound: RoundResult }>(graph, 'atbt-chef', CREATE, { input: { ...ROUND_INPUT, ...input } })).createRecruitmentRound;

  it('the Director creates a draft round: REC-1 start, REC-2 default positions, REC-4 default rubric, no warnings', async () => {
    const round = await create();
    expect(round).toMatchObject({
      name: 'BT-rekrytering VT 2028',
      state: 'DRAFT',
      advertDate: '2027-09-06',
      applicationDeadline: '2027-10-01',
      interviewDays: ['2027-10-06', '2027-10-07'],
      startDate: '2028-01-17',
      warnings: [],
      allowedTransitions: ['OPEN'],
      positions: [
        { site: { name: 'Ljungby' }, count: 2 },
        { site: { name: 'Växjö' }, count: 4 },
      ],
    });
    expect(round.rubric.map((c) => [c.name, c.weight, c.scaleMin, c.scaleMax, c.sortOrder])).toEqual([
      ['Intervju', 0.4, 1, 5, 1],
      ['Kliniskt test', 0.3, 1, 5, 2],
      ['Referenser', 0.2, 1, 5, 3],
      ['Meriter', 0.1, 1, 5, 4],
    ]);
    expect(await repository(RecruitmentRound).findOneBy({ id: round.id })).toMatchObject({ state: 'DRAFT', startDate: '2028-01-17' });
  });

  it('REC-1: warns, without refusing, when the deadline is not 3–4 weeks after the advert', async () => {
    const round = await create({ applicationDeadline: '2027-09-20', interviewDays: ['2027-09-22', '2027-09-23', '2027-09-24'] });
    expect(round.warnings).toEqual([expect.stringMatching(/^Sista ansökningsdag \(2027-09-20\) ligger 14 dagar efter annonsen/)]);
  });

  it('REC-6: refuses one interview day (a day more than a week after the deadline is allowed), with every problem, and saves nothing', async () => {
    const before = await repository(RecruitmentRound).count();
    const response = await graph.query(CREATE, {
      token: graph.tokenFor('atbt-chef'),
      variables: { input: { ...ROUND_INPUT, name: '', interviewDays: ['2027-10-12'], positions: [{ siteId: 'nowhere', count: 2 }] } },
    });
    expectRefused(
      response,
      'BAD_USER_INPUT',
      /Huvudorten finns inte/,
      /Omgångens namn får inte vara tomt/,
      /Intervjuerna hålls under 2–3 dagar; ange två eller tre/,
    );
    expect(
      problemsOf(response)
        .slice(1)
        .map(({ code, rule, field }) => ({ code, rule, field })),
    ).toEqual([
      { code: 'TEXT_REQUIRED', field: 'input.name' },
      { code: 'INTERVIEW_DAY_COUNT', rule: 'REC-6', field: 'input.interviewDays' },
    ]);
    expect(await repository(RecruitmentRound).count()).toBe(before);
  });

  it('updates a draft, with other positions; refuses a change once screening has started', async () => {
    const round = await create();
    const vaxjo = graph.data.sites.find((s) => s.name === 'Växjö')!;
    const updated = await call<{ updateRecruitmentRound: RoundResult }>(
      graph,
      'atbt-chef',
      UPDATE,
      await withVersion(graph, RecruitmentRound, {
        id: round.id,
        input: { ...ROUND_INPUT, name: ' VT 2028 extra ', interviewDays: ['2027-10-08', '2027-10-04'], positions: [{ siteId: vaxjo.id, count: 6 }] },
      }),
    );
    expect(updated.updateRecruitmentRound).toMatchObject({
      name: 'VT 2028 extra',
      interviewDays: ['2027-10-04', '2027-10-08'],
      positions: [{ site: { name: 'Växjö' }, count: 6 }],
    });
    for (const to of ['OPEN', 'SCREENING']) await call(graph, 'atbt-chef', MOVE, { id: round.id, to });
    const late = await graph.query(UPDATE, {
      token: graph.tokenFor('atbt-chef'),
      variables: await withVersion(graph, RecruitmentRound, { id: round.id, input: ROUND_INPUT }),
    });
    expectProblems(late, 'BAD_USER_INPUT', { code: 'ROUND_NOT_EDITABLE', params: { state: 'urval' } });
    expectRefused(late, 'BAD_USER_INPUT', /som utkast eller medan den är öppen/);
    expect(await repository(RecruitmentRound).findOneBy({ id: round.id })).toMatchObject({ name: 'VT 2028 extra' });
  });

  it('moves one step at a time, never back, and says why a move is refused', async () => {
    const round = await create();
    expectProblems(await graph.query(MOVE, { token: graph.tokenFor('atbt-chef'), variables: { id: round.id, to: 'SCREENING' } }), 'BAD_USER_INPUT', {
      code: 'ROUND_ONE_STEP_AT_A_TIME',
      field: 'to',
      params: { from: 'utkast', next: 'öppen för ansökan' },
    });
    const open = await call<{ moveRecruitmentRound: { state: string; allowedTransitions: string[] } }>(graph, 'atbt-chef', MOVE, { id: round.id, to: 'OPEN' });
    expect(open.moveRecruitmentRound).toEqual({ id: round.id, state: 'OPEN', allowedTransitions: ['SCREENING'] });
    expectProblems(await graph.query(MOVE, { token: graph.tokenFor('atbt-chef'), variables: { id: round.id, to: 'DRAFT' } }), 'BAD_USER_INPUT', {
      code: 'ROUND_CANNOT_GO_BACK',
      field: 'to',
    });
    expectProblems(await graph.query(MOVE, { token: graph.tokenFor('atbt-chef'), variables: { id: 'no-such-round', to: 'OPEN' } }), 'BAD_USER_INPUT', {
      code: 'NOT_FOUND',
      field: 'id',
      params: { id: 'no-such-round' },
    });
  });

  it('REC-4: the rubric is configurable until the interviews; weights need not sum to 1; invalid rubrics are refused whole', async () => {
    const round = await create();
    const criteria = [
      { name: 'Intervju', weight: 2, scaleMin: 0, scaleMax: 10 },
      { name: 'Kliniskt test', weight: 1, scaleMin: 0, scaleMax: 10 },
    ];
    const set = await call<{ setRubric: { name: string; sortOrder: number }[] }>(graph, 'atbt-chef', SET_RUBRIC, { roundId: round.id, criteria });
    expect(set.setRubric.map((c) => [c.name, c.sortOrder])).toEqual([
      ['Intervju', 1],
      ['Kliniskt test', 2],
    ]);
    const invalid = await graph.query(SET_RUBRIC, {
      token: graph.tokenFor('atbt-chef'),
      variables: {
        roundId: round.id,
        criteria: [
          { name: 'Intervju', weight: -1 },
          { name: 'intervju', weight: 1 },
        ],
      },
    });
    expectProblems(
      invalid,
      'BAD_USER_INPUT',
      { code: 'CRITERION_WEIGHT_INVALID', rule: 'REC-4', field: 'criteria[0].weight' },
      { code: 'CRITERION_NAME_REPEATED', rule: 'REC-4', field: 'criteria[1].name' },
    );
    expectRefused(invalid, 'BAD_USER_INPUT', /Kriterium 1: vikten/, /finns redan/);
    expect(await repository(RubricCriterion).countBy({ roundId: round.id })).toBe(2);
  });

  it('lists rounds by page, filtered by state and start year, sorted by name', async () => {
    const first = await create({ name: 'Ö-omgången' });
    const second = await create({ name: 'A-omgången' });
    const ids = [first.id, second.id];
    const page = await call<{ recruitmentRoundPage: { total: number; items: { id: string }[] } }>(graph, 'hr-samordnare', PAGE, {
      filter: { ids, state: 'DRAFT', year: 2028 },
      sortField: 'name',
    });
    expect(page.recruitmentRoundPage).toEqual({
      total: 2,
      items: [
        { id: second.id, name: 'A-omgången', startDate: '2028-01-17' },
        { id: first.id, name: 'Ö-omgången', startDate: '2028-01-17' },
      ],
    });
    const none = await call<{ recruitmentRoundPage: { total: number } }>(graph, 'atbt-chef', PAGE, { filter: { ids, year: 2029 } });
    expect(none.recruitmentRoundPage.total).toBe(0);
    expectProblems(await graph.query(PAGE, { token: graph.tokenFor('atbt-chef'), variables: { sortField: 'colour' } }), 'BAD_USER_INPUT', {
      code: 'UNKNOWN_SORT_FIELD',
      field: 'sortField',
    });
  });

  it('REC-9: the process is run by the Director and HR, the rubric decided by the Director and the deputy; others not on a panel see no round; trainees are refused', async () => {
    const round = await create();
    for (const username of ['bitr-atbt-chef', 'studierektor-sluten']) {
      expectRefused(await graph.query(CREATE, { token: graph.tokenFor(username), variables: { input: ROUND_INPUT } }), 'FORBIDDEN');
      expectRefused(await graph.query(MOVE, { token: graph.tokenFor(username), variables: { id: round.id, to: 'OPEN' } }), 'FORBIDDEN');
    }
    // REC-1: HR creates the year's rounds, but a second one for a start term is the Director's decision
    const second = await graph.query(CREATE, { token: graph.tokenFor('hr-samordnare'), variables: { input: ROUND_INPUT } });
    expectProblems(second, 'BAD_USER_INPUT', { code: 'SECOND_ROUND_NEEDS_DIRECTOR', rule: 'REC-1', field: 'input.secondRoundReason' });
    const { secondRoundReason: _, ...firstOfTerm } = ROUND_INPUT;
    const next = { ...firstOfTerm, advertDate: '2029-09-03', applicationDeadline: '2029-09-28', interviewDays: ['2029-10-03', '2029-10-04'] };
    const { createRecruitmentRound } = await call<{ createRecruitmentRound: RoundResult }>(graph, 'hr-samordnare', CREATE, { input: next });
    expect(createRecruitmentRound).toMatchObject({ state: 'DRAFT', warnings: [] });
    const moved = await call<{ moveRecruitmentRound: { state: string } }>(graph, 'hr-samordnare', MOVE, { id: createRecruitmentRound.id, to: 'OPEN' });
    expect(moved.moveRecruitmentRound.state).toBe('OPEN');
    const rubric = { roundId: round.id, criteria: [{ name: 'Intervju', weight: 1, scaleMin: 1, scaleMax: 5 }] };
    expectRefused(await graph.query(SET_RUBRIC, { token: graph.tokenFor('hr-samordnare'), variables: rubric }), 'FORBIDDEN');
    expect((await call<{ setRubric: unknown[] }>(graph, 'bitr-atbt-chef', SET_RUBRIC, rubric)).setRubric).toHaveLength(1);
    const seen = await call<{ recruitmentRound: { id: string } | null }>(graph, 'bitr-atbt-chef', 'query ($id: ID!) { recruitmentRound(id: $id) { id } }', {
      id: round.id,
    });
    expect(seen.recruitmentRound).toEqual({ id: round.id });
    const hidden = await call<{ recruitmentRound: unknown }>(graph, 'hhl-vc-teleborg-1', 'query ($id: ID!) { recruitmentRound(id: $id) { id } }', {
      id: round.id,
    });
    expect(hidden.recruitmentRound).toBeNull();
    const page = await call<{ recruitmentRoundPage: { total: number } }>(graph, 'hhl-vc-teleborg-1', PAGE, { filter: { ids: [round.id] } });
    expect(page.recruitmentRoundPage.total).toBe(0);
    expectRefused(await graph.query(PAGE, { token: graph.tokenFor('bt-ida.olsson') }), 'FORBIDDEN');
  });

  it('REC-1, REC-6: the states follow the calendar: not in interviews before the deadline, not in offers before the last interview day (today is 2026-11-22)', async () => {
    const future = await create(); // deadline 2027-10-01
    await seatPanel(graph, future.id);
    await moveRound(graph, future.id, 'DRAFT', 'SCREENING');
    const early = await graph.query(MOVE, { token: graph.tokenFor('atbt-chef'), variables: { id: future.id, to: 'INTERVIEWS' } });
    expectProblems(early, 'BAD_USER_INPUT', {
      code: 'ROUND_BEFORE_DEADLINE',
      rule: 'REC-6',
      params: { applicationDeadline: '2027-10-01', today: '2026-11-22' },
    });
    const { recruitmentRound } = await call<{ recruitmentRound: { state: string; allowedTransitions: string[] } }>(
      graph,
      'atbt-chef',
      'query ($id: ID!) { recruitmentRound(id: $id) { state allowedTransitions } }',
      { id: future.id },
    );
    expect(recruitmentRound).toEqual({ state: 'SCREENING', allowedTransitions: [] });

    const running = await create({ advertDate: '2026-09-07', applicationDeadline: '2026-10-02', interviewDays: ['2026-11-20', '2026-11-24'] });
    await seatPanel(graph, running.id);
    await moveRound(graph, running.id, 'DRAFT', 'INTERVIEWS');
    const offers = await graph.query(MOVE, { token: graph.tokenFor('atbt-chef'), variables: { id: running.id, to: 'OFFERS' } });
    expectProblems(offers, 'BAD_USER_INPUT', {
      code: 'ROUND_BEFORE_LAST_INTERVIEW_DAY',
      rule: 'REC-6',
      params: { lastDay: '2026-11-24', today: '2026-11-22' },
    });
    expect(await repository(RecruitmentRound).findOneBy({ id: running.id })).toMatchObject({ state: 'INTERVIEWS' });
  });
});

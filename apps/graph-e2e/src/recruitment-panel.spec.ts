import { PanelMember } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import {
  ADD_PANEL_MEMBER,
  call,
  createRound,
  expectProblems,
  expectRefused,
  MOVE_ROUND,
  moveRound,
  roundWithApplications,
  seatPanel,
} from './recruitment-support';

const PANEL = 'query ($id: ID!) { recruitmentRound(id: $id) { allowedTransitions panel { id stage capacity person { username } } } }';
const REMOVE = 'mutation ($id: ID!) { removePanelMember(id: $id) { id stage capacity } }';

/** The day the test graph stands still on: after the interview days of the rounds, so that (REC-6) only the panel decides whether a round may move on. */
const TODAY = '2027-10-12';
describe(`the recruitment panel (REC-9) on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
  });
  afterAll(() => graph?.stop());

  const add = (roundId: string, username: string, stage: string, capacity: string, as = 'atbt-chef') =>
    graph.query(ADD_PANEL_MEMBER, { token: graph.tokenFor(as), variables: { roundId, personId: graph.viewer(username).id, stage, capacity } });

  it('the Director seats people by stage and capacity; the panel is listed stage by stage', async () => {
    const roundId = await createRound(graph);
    await seatPanel(
      graph,
      roundId,
      [
        ['studierektor-sluten', 'DIRECTOR_OF_STUDIES'],
        ['hr-samordnare', 'HR'],
      ],
      ['INTERVIEWS', 'SCREENING'],
    );
    const { recruitmentRound } = await call<{ recruitmentRound: { panel: { stage: string; capacity: string; person: { username: string } }[] } }>(
      graph,
      'atbt-chef',
      PANEL,
      { id: roundId },
    );
    expect(recruitmentRound.panel.map((m) => `${m.stage} ${m.capacity} ${m.person.username}`)).toEqual([
      'SCREENING HR hr-samordnare',
      'SCREENING DIRECTOR_OF_STUDIES studierektor-sluten',
      'INTERVIEWS HR hr-samordnare',
      'INTERVIEWS DIRECTOR_OF_STUDIES studierektor-sluten',
    ]);
  });

  it('refuses a person without a role for the capacity, a seat taken twice and a person that does not exist; the Director and HR seat, no one else', async () => {
    const roundId = await createRound(graph);
    expectProblems(await add(roundId, 'hhl-vc-teleborg-1', 'SCREENING', 'HR'), 'BAD_USER_INPUT', {
      code: 'PANEL_CAPACITY_NOT_HELD',
      rule: 'REC-9',
      field: 'personId',
      params: { capacity: 'HR' },
    });
    await seatPanel(graph, roundId, [['vc-med-vxo', 'MANAGEMENT']], ['OFFERS']);
    const twice = await add(roundId, 'vc-med-vxo', 'OFFERS', 'MANAGEMENT');
    expectProblems(twice, 'BAD_USER_INPUT', { code: 'PANEL_SEAT_TAKEN', rule: 'REC-9', field: 'personId' });
    expectRefused(twice, 'BAD_USER_INPUT', /sitter redan i erbjudandesteget för chefsledet/);
    const nobody = await graph.query(ADD_PANEL_MEMBER, {
      token: graph.tokenFor('atbt-chef'),
      variables: { roundId, personId: 'nobody', stage: 'OFFERS', capacity: 'HR' },
    });
    expectProblems(nobody, 'BAD_USER_INPUT', { code: 'NOT_FOUND', field: 'personId', params: { id: 'nobody' } });
    for (const username of ['studierektor-sluten', 'bitr-atbt-chef']) {
      expectProblems(await add(roundId, 'hr-samordnare', 'OFFERS', 'HR', username), 'FORBIDDEN', { code: 'NOT_PERMITTED' });
    }
    expect(await graph.databases.employment.dataSource.getRepository(PanelMember).countBy({ roundId })).toBe(1);
    // REC-9: HR runs the process parts, the panel among them
    expect((await add(roundId, 'hr-samordnare', 'OFFERS', 'HR', 'hr-samordnare')).errors).toBeUndefined();
    expect(await graph.databases.employment.dataSource.getRepository(PanelMember).countBy({ roundId })).toBe(2);
  });

  it('refuses INTERVIEWS until every stage has HR, management and a director of studies, naming what each stage lacks', async () => {
    const roundId = await createRound(graph, 'SCREENING');
    await seatPanel(
      graph,
      roundId,
      [
        ['hr-samordnare', 'HR'],
        ['bitr-atbt-chef', 'MANAGEMENT'],
        ['studierektor-primar', 'DIRECTOR_OF_STUDIES'],
      ],
      ['SCREENING', 'OFFERS'],
    );
    await seatPanel(graph, roundId, [['bitr-atbt-chef', 'MANAGEMENT']], ['INTERVIEWS']);
    const refused = await graph.query(MOVE_ROUND, { token: graph.tokenFor('atbt-chef'), variables: { id: roundId, to: 'INTERVIEWS' } });
    expectProblems(refused, 'BAD_USER_INPUT', { code: 'PANEL_INCOMPLETE', rule: 'REC-9' });
    expectRefused(refused, 'BAD_USER_INPUT', /^Intervjusteget saknar HR och studierektor\./, /lägg till dem i rekryteringsgruppen/);
    expect(
      (await call<{ recruitmentRound: { allowedTransitions: string[] } }>(graph, 'atbt-chef', PANEL, { id: roundId })).recruitmentRound.allowedTransitions,
    ).toEqual([]);
    await seatPanel(
      graph,
      roundId,
      [
        ['hr-samordnare', 'HR'],
        ['studierektor-sluten', 'DIRECTOR_OF_STUDIES'],
      ],
      ['INTERVIEWS'],
    );
    const moved = await call<{ moveRecruitmentRound: { state: string; allowedTransitions: string[] } }>(graph, 'atbt-chef', MOVE_ROUND, {
      id: roundId,
      to: 'INTERVIEWS',
    });
    expect(moved.moveRecruitmentRound).toMatchObject({ state: 'INTERVIEWS', allowedTransitions: ['OFFERS'] });
  });

  it('once interviews have started, refuses a removal that leaves a stage without a representative and allows one with a replacement', async () => {
    const roundId = await createRound(graph, 'SCREENING');
    await seatPanel(graph, roundId);
    await moveRound(graph, roundId, 'SCREENING', 'INTERVIEWS');
    const { recruitmentRound } = await call<{ recruitmentRound: { panel: { id: string; stage: string; capacity: string; person: { username: string } }[] } }>(
      graph,
      'atbt-chef',
      PANEL,
      { id: roundId },
    );
    const seat = (stage: string, username: string) => recruitmentRound.panel.find((m) => m.stage === stage && m.person.username === username)!.id;
    const uncovered = await graph.query(REMOVE, { token: graph.tokenFor('atbt-chef'), variables: { id: seat('OFFERS', 'hr-samordnare') } });
    expectProblems(uncovered, 'BAD_USER_INPUT', { code: 'PANEL_STAGE_UNCOVERED', rule: 'REC-9', field: 'id' });
    expectRefused(uncovered, 'BAD_USER_INPUT', /erbjudandesteget saknar HR/);
    // two directors of studies sit on each stage: one may leave
    const removed = await call<{ removePanelMember: { stage: string; capacity: string } }>(graph, 'atbt-chef', REMOVE, {
      id: seat('INTERVIEWS', 'studierektor-primar'),
    });
    expect(removed.removePanelMember).toMatchObject({ stage: 'INTERVIEWS', capacity: 'DIRECTOR_OF_STUDIES' });
    expectProblems(await graph.query(REMOVE, { token: graph.tokenFor('atbt-chef'), variables: { id: 'none' } }), 'BAD_USER_INPUT', {
      code: 'NOT_FOUND',
      field: 'id',
      params: { id: 'none' },
    });
  });

  it('a panel member sees the rounds they sit on and their applications, with personal identity numbers masked, and nothing else', async () => {
    const { roundId, ids } = await roundWithApplications(graph);
    const other = await createRound(graph);
    await seatPanel(graph, roundId, [['studierektor-primar', 'DIRECTOR_OF_STUDIES']], ['SCREENING']);
    const pages = await call<{ recruitmentRoundPage: { items: { id: string }[] }; applicationPage: { total: number } }>(
      graph,
      'studierektor-primar',
      'query ($ids: [ID!]) { recruitmentRoundPage(filter: { ids: $ids }) { items { id } } applicationPage(filter: { ids: null }) { total } }',
      { ids: [roundId, other] },
    );
    expect(pages.recruitmentRoundPage.items).toEqual([{ id: roundId }]);
    const { application } = await call<{ application: { personalIdentityNumber: string; round: { id: string } } }>(
      graph,
      'studierektor-primar',
      'query ($id: ID!) { application(id: $id) { personalIdentityNumber round { id } } }',
      { id: ids.get('OJ-2027-1001') },
    );
    expect(application).toEqual({ personalIdentityNumber: '19950314-****', round: { id: roundId } });
    const hidden = await call<{ recruitmentRound: unknown }>(graph, 'studierektor-primar', 'query ($id: ID!) { recruitmentRound(id: $id) { id } }', {
      id: other,
    });
    expect(hidden.recruitmentRound).toBeNull();
  });

  it('REC-9: warns whenever the stage the round is in lacks HR, management or a director of studies, screening included; the stop before interviews stays', async () => {
    const roundId = await createRound(graph);
    await seatPanel(
      graph,
      roundId,
      [
        ['hr-samordnare', 'HR'],
        ['bitr-atbt-chef', 'MANAGEMENT'],
      ],
      ['SCREENING'],
    );
    const warnings = async () =>
      (
        await call<{ recruitmentRound: { warnings: string[] } }>(graph, 'hr-samordnare', 'query ($id: ID!) { recruitmentRound(id: $id) { warnings } }', {
          id: roundId,
        })
      ).recruitmentRound.warnings;
    expect(await warnings()).toEqual([]); // a draft is in no stage yet
    for (const state of ['OPEN', 'SCREENING']) {
      await call(graph, 'hr-samordnare', MOVE_ROUND, { id: roundId, to: state });
      expect(await warnings()).toEqual([
        'Urvalssteget saknar studierektor. Målet är en representant för HR, chefsledet och studierektorerna i varje steg av rekryteringen.',
      ]);
    }
    await seatPanel(graph, roundId, [['studierektor-primar', 'DIRECTOR_OF_STUDIES']], ['SCREENING']);
    expect(await warnings()).toEqual([]);
    const stopped = await graph.query(MOVE_ROUND, { token: graph.tokenFor('hr-samordnare'), variables: { id: roundId, to: 'INTERVIEWS' } });
    expectProblems(stopped, 'BAD_USER_INPUT', { code: 'PANEL_INCOMPLETE', rule: 'REC-9' });
  });
});

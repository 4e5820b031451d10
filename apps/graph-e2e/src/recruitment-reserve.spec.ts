import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import {
  ANSWER_OFFER,
  call,
  createRound,
  IMPORT,
  MAKE_OFFER,
  MOVE_ROUND,
  moveRound,
  RECORD_CHECK,
  recordRequirements,
  rubricOf,
  SAMPLE_CSV,
  scoreAndSubmit,
  seatPanel,
  siteId,
} from './recruitment-support';
import { Application } from '@bt/employment';

/** The day the test graph stands still on: during the offers of the round. */
const TODAY = '2027-10-12';
const RESERVE = `query ($roundId: ID!, $siteId: ID) { reserveList(roundId: $roundId, siteId: $siteId) {
  rank site { name } application { externalId acceptsOtherSite } } }`;
const POSITIONS = 'query ($id: ID!) { recruitmentRound(id: $id) { positions { site { name } count filled offered } } }';

/** The sample export with the optional column of who also accepts the other main site (REC-8): only OJ-2027-1001 does. */
function csvWithOtherSite(): string {
  const [header, ...rows] = SAMPLE_CSV.trim().split('\n');
  return [`${header};kan tänka sig annan huvudort`, ...rows.map((row) => `${row};${row.startsWith('OJ-2027-1001;') ? 'ja' : 'nej'}`)].join('\n');
}

describe(`REC-8: one reserve list per round, places filled per site, on ${testEngine()}`, () => {
  let graph: TestGraph;
  let roundId: string;
  let ids: Map<string, string>;
  const id = (number: string) => ids.get(`OJ-2027-${number}`)!;
  const offer = async (number: string, site: string) =>
    (
      await call<{ makeOffer: { id: string } }>(graph, 'atbt-chef', MAKE_OFFER, {
        applicationId: id(number),
        siteId: siteId(graph, site),
        answerBy: '2027-10-19',
      })
    ).makeOffer.id;
  const answer = async (offerId: string, accepted: boolean) =>
    (await call<{ answerOffer: { proposedNext: { externalId: string } | null } }>(graph, 'atbt-chef', ANSWER_OFFER, { offerId, accepted })).answerOffer
      .proposedNext?.externalId;
  const reserve = async (site?: string) =>
    (
      await call<{ reserveList: { rank: number; site: { name: string }; application: { externalId: string; acceptsOtherSite: boolean } }[] }>(
        graph,
        'atbt-chef',
        RESERVE,
        { roundId, siteId: site ? siteId(graph, site) : null },
      )
    ).reserveList.map((r) => `${r.rank} ${r.application.externalId.slice(-4)} ${r.site.name}${r.application.acceptsOtherSite ? ' (båda)' : ''}`);
  const positions = async () =>
    (
      await call<{ recruitmentRound: { positions: { site: { name: string }; count: number; filled: number; offered: number }[] } }>(
        graph,
        'atbt-chef',
        POSITIONS,
        { id: roundId },
      )
    ).recruitmentRound.positions;

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
    roundId = await createRound(graph, 'OPEN', {
      positions: [
        { siteId: siteId(graph, 'Växjö'), count: 1 },
        { siteId: siteId(graph, 'Ljungby'), count: 1 },
      ],
    });
    const imported = await call<{ importApplications: { created: number; errors: unknown[] } }>(graph, 'hr-samordnare', IMPORT, {
      roundId,
      csv: csvWithOtherSite(),
    });
    expect(imported.importApplications).toMatchObject({ created: 12, errors: [] });
    const applications = await graph.databases.employment.dataSource.getRepository(Application).findBy({ roundId });
    ids = new Map(applications.map((application) => [application.externalId, application.id]));
    const scores: [string, number[]][] = [
      ['1002', [5, 4, 4, 3]], // 4.3 Växjö
      ['1007', [4, 4, 4, 4]], // 4.0 Växjö
      ['1003', [4, 4, 4, 4]], // 4.0 Ljungby
      ['1001', [3, 3, 3, 3]], // 3.0 Växjö, accepts Ljungby too
      ['1008', [2, 2, 2, 2]], // 2.0 Ljungby
    ];
    for (const [number] of scores) await recordRequirements(graph, id(number));
    await seatPanel(graph, roundId);
    await moveRound(graph, roundId, 'OPEN', 'INTERVIEWS');
    const criteria = await rubricOf(graph, roundId);
    for (const [number, values] of scores) await scoreAndSubmit(graph, 'hr-samordnare', id(number), criteria, values);
    await call(graph, 'atbt-chef', MOVE_ROUND, { id: roundId, to: 'OFFERS' });
    for (const [number] of scores) await call(graph, 'hr-samordnare', RECORD_CHECK, { applicationId: id(number), shownOn: TODAY });
  });
  afterAll(() => graph?.stop());

  it('REC-8: one ranked reserve list for the round, with each applicant’s preferred site; per site on request', async () => {
    expect(await reserve()).toEqual(['1 1002 Växjö', '2 1003 Ljungby', '3 1007 Växjö', '4 1001 Växjö (båda)', '5 1008 Ljungby']);
    expect(await reserve('Ljungby')).toEqual(['1 1003 Ljungby', '2 1008 Ljungby']);
    expect(await positions()).toEqual([
      { site: { name: 'Ljungby' }, count: 1, filled: 0, offered: 0 },
      { site: { name: 'Växjö' }, count: 1, filled: 0, offered: 0 },
    ]);
  });

  it('REC-8: a decline proposes the best remaining for that site; none left there, the best who accepts the other site; places filled per site', async () => {
    const vaxjo = await offer('1002', 'Växjö');
    const ljungby = await offer('1003', 'Ljungby');
    expect(await positions()).toEqual([
      { site: { name: 'Ljungby' }, count: 1, filled: 0, offered: 1 },
      { site: { name: 'Växjö' }, count: 1, filled: 0, offered: 1 },
    ]);
    expect(await answer(ljungby, false)).toBe('OJ-2027-1008'); // the next who prefers Ljungby, though 1007 and 1001 rank higher
    const second = await offer('1008', 'Ljungby');
    // nobody left who prefers Ljungby: the best who accepts it (1001), not the better-ranked 1007 who wants Växjö only
    expect(await answer(second, false)).toBe('OJ-2027-1001');
    expect(await answer(vaxjo, true)).toBeUndefined();
    expect(await reserve()).toEqual(['1 1007 Växjö', '2 1001 Växjö (båda)']);
    const third = await offer('1001', 'Ljungby');
    expect(await answer(third, true)).toBeUndefined();
    expect(await positions()).toEqual([
      { site: { name: 'Ljungby' }, count: 1, filled: 1, offered: 0 },
      { site: { name: 'Växjö' }, count: 1, filled: 1, offered: 0 },
    ]);
  });
});

import { Offer } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import {
  call,
  expectProblems,
  MAKE_OFFER,
  moveRound,
  RECORD_CHECK,
  recordRequirements,
  roundWithApplications,
  rubricOf,
  scoreAndSubmit,
  seatPanel,
  siteId,
} from './recruitment-support';

/** During the offers of the VT 2028 round. */
const TODAY = '2027-10-12';
const ANSWER_BY = '2027-10-19';
/** Scores per applicant: Växjö 1001 > 1002 > 1005 > 1007, Ljungby 1003 > 1006. */
const SCORES: [number: string, values: number[]][] = [
  ['1001', [5, 5, 5, 5]],
  ['1002', [4, 4, 4, 4]],
  ['1005', [4, 4, 3, 3]],
  ['1007', [3, 3, 3, 3]],
  ['1003', [5, 5, 5, 5]],
  ['1006', [3, 3, 3, 3]],
];
const TOP_OFFERS = `mutation ($roundId: ID!, $answerBy: Date!) { offerTopOfEachSite(roundId: $roundId, answerBy: $answerBy) {
  offered { answerBy state site { name } application { externalId state } }
  notOffered { site { name } application { externalId state } reasons { code message params { name value } } } } }`;

type TopOffers = {
  offerTopOfEachSite: {
    offered: { answerBy: string; state: string; site: { name: string }; application: { externalId: string; state: string } }[];
    notOffered: { site: { name: string }; application: { externalId: string; state: string }; reasons: { code: string; message: string }[] }[];
  };
};

describe(`REC-2, REC-7: offers to the top of each site in one go on ${testEngine()}`, () => {
  let graph: TestGraph;
  let roundId: string;
  let ids: Map<string, string>;
  const id = (number: string) => ids.get(`OJ-2027-${number}`)!;

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
    ({ roundId, ids } = await roundWithApplications(graph, {
      positions: [
        { siteId: siteId(graph, 'Växjö'), count: 3 },
        { siteId: siteId(graph, 'Ljungby'), count: 1 },
      ],
    }));
    for (const [number] of SCORES) await recordRequirements(graph, id(number));
    await seatPanel(graph, roundId);
    await moveRound(graph, roundId, 'OPEN', 'INTERVIEWS');
    const criteria = await rubricOf(graph, roundId);
    for (const [number, values] of SCORES) await scoreAndSubmit(graph, 'hr-samordnare', id(number), criteria, values);
  });
  afterAll(() => graph?.stop());

  const offerTop = (username: string, answerBy = ANSWER_BY) =>
    graph.query<TopOffers>(TOP_OFFERS, { token: graph.tokenFor(username), variables: { roundId, answerBy } });

  it('REC-7: is refused as a whole before the round is in offers, and with a day to answer more than a week on', async () => {
    expectProblems(await offerTop('atbt-chef'), 'BAD_USER_INPUT', { code: 'ROUND_NOT_IN_OFFERS', rule: 'REC-7' });
    await moveRound(graph, roundId, 'INTERVIEWS', 'OFFERS');
    expectProblems(await offerTop('atbt-chef', '2027-10-20'), 'BAD_USER_INPUT', {
      code: 'OFFER_ANSWER_BY_OUT_OF_RANGE',
      rule: 'REC-7',
      field: 'answerBy',
      params: { earliest: TODAY, latest: ANSWER_BY },
    });
    expect(await graph.databases.employment.dataSource.getRepository(Offer).countBy({ roundId })).toBe(0);
  });

  it('ORG-1: the deputy director offers only the places of their own site', async () => {
    for (const [number] of SCORES.filter(([n]) => n !== '1005')) await call(graph, 'atbt-chef', RECORD_CHECK, { applicationId: id(number), shownOn: TODAY });
    const { data } = await offerTop('bitr-atbt-chef');
    expect(data!.offerTopOfEachSite).toEqual({
      offered: [{ answerBy: ANSWER_BY, state: 'PENDING', site: { name: 'Ljungby' }, application: { externalId: 'OJ-2027-1003', state: 'OFFERED' } }],
      notOffered: [],
    });
  });

  it('REC-2, REC-7: the Director offers those above each cut line without an offer; one lacking the record check is listed as not offered, and why', async () => {
    await call(graph, 'atbt-chef', MAKE_OFFER, { applicationId: id('1001'), siteId: siteId(graph, 'Växjö'), answerBy: ANSWER_BY });
    const { data } = await offerTop('atbt-chef');
    expect(data!.offerTopOfEachSite.offered).toEqual([
      { answerBy: ANSWER_BY, state: 'PENDING', site: { name: 'Växjö' }, application: { externalId: 'OJ-2027-1002', state: 'OFFERED' } },
    ]);
    expect(data!.offerTopOfEachSite.notOffered).toEqual([
      {
        site: { name: 'Växjö' },
        application: { externalId: 'OJ-2027-1005', state: 'INTERVIEWED' },
        reasons: [expect.objectContaining({ code: 'CRIMINAL_RECORD_NOT_CHECKED', message: expect.stringMatching(/belastningsregistret/) })],
      },
    ]);
    // below the cut lines (1007 in Växjö, 1006 in Ljungby) nobody was offered
    const offers = await graph.databases.employment.dataSource.getRepository(Offer).findBy({ roundId });
    const offered = new Set(offers.map((offer) => offer.applicationId));
    expect(['1001', '1002', '1003', '1005', '1006', '1007'].filter((number) => offered.has(id(number)))).toEqual(['1001', '1002', '1003']);
  });

  it('REC-8: a second time offers nobody twice', async () => {
    const { data } = await offerTop('atbt-chef');
    expect(data!.offerTopOfEachSite.offered).toEqual([]);
    expect(data!.offerTopOfEachSite.notOffered.map((n) => n.application.externalId)).toEqual(['OJ-2027-1005']);
  });

  it('REC-4: the ranking explains its tie-break in Swedish, with a code and the criterion for other languages', async () => {
    const { ranking } = await call<{
      ranking: { tieBreak: string; tieBreakNotice: { code: string; message: string; params: { name: string; value: string }[] } };
    }>(graph, 'atbt-chef', 'query ($roundId: ID!) { ranking(roundId: $roundId) { tieBreak tieBreakNotice { code message params { name value } } } }', {
      roundId,
    });
    expect(ranking.tieBreakNotice).toEqual({ code: 'TIE_BREAK_BY_CRITERION', message: ranking.tieBreak, params: [{ name: 'criterion', value: 'Intervju' }] });
  });

  it('needs the permission to make offers', async () => {
    expect((await offerTop('hr-samordnare')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

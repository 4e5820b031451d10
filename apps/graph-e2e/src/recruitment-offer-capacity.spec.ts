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
/** Eight interviewed, scored applicants with the extract shown; Växjö has four positions. */
const APPLICANTS = ['1001', '1002', '1003', '1005', '1007', '1008', '1010', '1012'];

describe(`REC-2: positions under concurrent offers on ${testEngine()}`, () => {
  let graph: TestGraph;
  let roundId: string;
  let ids: Map<string, string>;

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
    ({ roundId, ids } = await roundWithApplications(graph, { positions: [{ siteId: siteId(graph, 'Växjö'), count: 4 }] }));
    const applications = APPLICANTS.map((number) => ids.get(`OJ-2027-${number}`)!);
    for (const applicationId of applications) await recordRequirements(graph, applicationId);
    await seatPanel(graph, roundId);
    await moveRound(graph, roundId, 'OPEN', 'INTERVIEWS');
    const criteria = await rubricOf(graph, roundId);
    for (const applicationId of applications) await scoreAndSubmit(graph, 'hr-samordnare', applicationId, criteria, [4, 4, 3, 3]);
    await moveRound(graph, roundId, 'INTERVIEWS', 'OFFERS');
    for (const applicationId of applications) await call(graph, 'atbt-chef', RECORD_CHECK, { applicationId, shownOn: TODAY });
  });
  afterAll(() => graph?.stop());

  it('REC-2: eight offers at once for four positions: four are made, four refused as NO_FREE_POSITION', async () => {
    const responses = await Promise.all(
      APPLICANTS.map((number) =>
        graph.query<{ makeOffer: { id: string } }>(MAKE_OFFER, {
          token: graph.tokenFor('atbt-chef'),
          variables: { applicationId: ids.get(`OJ-2027-${number}`), siteId: siteId(graph, 'Växjö'), answerBy: '2027-10-19' },
        }),
      ),
    );
    const made = responses.filter((response) => response.data?.makeOffer);
    const refused = responses.filter((response) => response.errors);
    expect(made).toHaveLength(4);
    expect(refused).toHaveLength(4);
    for (const response of refused) {
      expectProblems(response, 'BAD_USER_INPUT', { code: 'NO_FREE_POSITION', rule: 'REC-2', field: 'siteId', params: { positions: 4, site: 'Växjö' } });
    }
    const offers = await graph.databases.employment.dataSource.getRepository(Offer).findBy({ roundId });
    expect(offers.map((offer) => offer.id).sort()).toEqual(made.map((response) => response.data!.makeOffer.id).sort());
  });
});

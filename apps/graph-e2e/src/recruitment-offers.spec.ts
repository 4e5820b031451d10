import { Cohort, Trainee, Offer } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import {
  ANSWER_OFFER,
  call,
  EXPIRE_OFFERS,
  expectProblems,
  expectRefused,
  MAKE_OFFER,
  MOVE_ROUND,
  moveRound,
  RECORD_CHECK,
  recordRequirements,
  roundWithApplications,
  rubricOf,
  scoreAndSubmit,
  seatPanel,
  siteId,
} from './recruitment-support';

/** The day the test graph stands still on: during the offers of the VT 2028 round. */
const TODAY = '2027-10-12';
const RESERVE = 'query ($roundId: ID!, $siteId: ID!) { reserveList(roundId: $roundId, siteId: $siteId) { rank application { externalId } } }';

interface Answer {
  answerOffer: {
    offer: { id: string; state: string; answeredAt: string; application: { state: string }; trainee: { id: string; name: string } | null };
    proposedNext: { externalId: string } | null;
  };
}

describe(`offers (REC-7, REC-8) and employment (EMP-1) on ${testEngine()}`, () => {
  let graph: TestGraph;
  let roundId: string;
  let ids: Map<string, string>;
  const id = (externalId: string) => ids.get(`OJ-2027-${externalId}`)!;
  const offer = (applicationId: string, site: string, answerBy = '2027-10-19', as = 'atbt-chef') =>
    graph.query<{ makeOffer: { id: string; state: string; application: { state: string } } }>(MAKE_OFFER, {
      token: graph.tokenFor(as),
      variables: { applicationId, siteId: siteId(graph, site), answerBy },
    });
  const reserve = async (site: string) =>
    (
      await call<{ reserveList: { application: { externalId: string } }[] }>(graph, 'atbt-chef', RESERVE, { roundId, siteId: siteId(graph, site) })
    ).reserveList.map((r) => r.application.externalId.slice(-4));

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
    const positions = [
      { siteId: siteId(graph, 'Växjö'), count: 4 },
      { siteId: siteId(graph, 'Ljungby'), count: 1 },
    ];
    ({ roundId, ids } = await roundWithApplications(graph, { positions }));
    const scores: [string, number[]][] = [
      ['1002', [5, 4, 4, 3]], // 4.3 Växjö
      ['1007', [4, 4, 4, 4]], // 4.0 Växjö
      ['1001', [3, 3, 3, 3]], // 3.0 Växjö
      ['1005', [2, 2, 2, 2]], // 2.0 Växjö
      ['1003', [4, 4, 4, 4]], // 4.0 Ljungby
      ['1008', [3, 3, 3, 3]], // 3.0 Ljungby
    ];
    for (const [number] of scores) await recordRequirements(graph, id(number));
    await recordRequirements(graph, id('1009'));
    await seatPanel(graph, roundId);
    await moveRound(graph, roundId, 'OPEN', 'INTERVIEWS');
    const criteria = await rubricOf(graph, roundId);
    for (const [number, values] of scores) await scoreAndSubmit(graph, 'hr-samordnare', id(number), criteria, values);
  });
  afterAll(() => graph?.stop());

  it('REC-7, REC-4: refuses an offer before the round reaches OFFERS, without the extract, and with more than a week to answer', async () => {
    const early = await offer(id('1002'), 'Växjö');
    expectProblems(
      early,
      'BAD_USER_INPUT',
      { code: 'ROUND_NOT_IN_OFFERS', rule: 'REC-7', params: { state: 'intervjuer' } },
      { code: 'CRIMINAL_RECORD_NOT_CHECKED', rule: 'REC-7' },
    );
    expectRefused(early, 'BAD_USER_INPUT', /läget erbjudanden; nu är den i läget intervjuer/, /Registrera först att utdraget visats\.$/);
    await call(graph, 'atbt-chef', MOVE_ROUND, { id: roundId, to: 'OFFERS' });
    const late = await offer(id('1002'), 'Växjö', '2027-10-20');
    expectProblems(
      late,
      'BAD_USER_INPUT',
      { code: 'CRIMINAL_RECORD_NOT_CHECKED', rule: 'REC-7' },
      { code: 'OFFER_ANSWER_BY_OUT_OF_RANGE', rule: 'REC-7', field: 'answerBy', params: { earliest: '2027-10-12', latest: '2027-10-19' } },
    );
    expectRefused(late, 'BAD_USER_INPUT', /mellan 2027-10-12 och 2027-10-19/);
    expectProblems(
      await offer(id('1009'), 'Växjö'),
      'BAD_USER_INPUT',
      { code: 'APPLICATION_NOT_INTERVIEWED', rule: 'REC-4' },
      { code: 'CRIMINAL_RECORD_NOT_CHECKED', rule: 'REC-7' },
    );
  });

  it('REC-7: records only that the extract was shown, when and by whom; not on a day still to come', async () => {
    const { recordCriminalRecordCheck } = await call<{ recordCriminalRecordCheck: { criminalRecordCheck: Record<string, unknown> } }>(
      graph,
      'hr-samordnare',
      RECORD_CHECK,
      {
        applicationId: id('1002'),
        shownOn: '2027-10-11',
      },
    );
    expect(recordCriminalRecordCheck.criminalRecordCheck).toEqual({
      shownOn: '2027-10-11',
      recordedAt: expect.any(String),
      checkedBy: { username: 'hr-samordnare' },
    });
    const future = await graph.query(RECORD_CHECK, { token: graph.tokenFor('hr-samordnare'), variables: { applicationId: id('1007'), shownOn: '2027-10-13' } });
    expectProblems(future, 'BAD_USER_INPUT', { code: 'CRIMINAL_RECORD_SHOWN_IN_FUTURE', rule: 'REC-7', field: 'shownOn', params: { today: TODAY } });
    expectRefused(future, 'BAD_USER_INPUT', /efter i dag/);
    expectProblems(
      await graph.query(RECORD_CHECK, { token: graph.tokenFor('bitr-atbt-chef'), variables: { applicationId: id('1007'), shownOn: TODAY } }),
      'FORBIDDEN',
      { code: 'NOT_PERMITTED' },
    );
    for (const number of ['1007', '1001', '1005', '1003', '1008']) await call(graph, 'atbt-chef', RECORD_CHECK, { applicationId: id(number), shownOn: TODAY });
  });

  it('REC-8: a declined offer proposes the highest-ranked applicant of the site not yet offered', async () => {
    const made = await offer(id('1002'), 'Växjö');
    expect(made.data!.makeOffer).toMatchObject({ state: 'PENDING', application: { state: 'OFFERED' } });
    expect(await reserve('Växjö')).toEqual(['1007', '1001', '1005']);
    expectProblems(await offer(id('1002'), 'Växjö'), 'BAD_USER_INPUT', { code: 'APPLICATION_ALREADY_OFFERED', rule: 'REC-8' });
    const { answerOffer } = await call<Answer>(graph, 'hr-samordnare', ANSWER_OFFER, { offerId: made.data!.makeOffer.id, accepted: false });
    expect(answerOffer).toMatchObject({
      offer: { state: 'DECLINED', application: { state: 'DECLINED' }, trainee: null },
      proposedNext: { externalId: 'OJ-2027-1007' },
    });
    const again = await graph.query(ANSWER_OFFER, { token: graph.tokenFor('hr-samordnare'), variables: { offerId: made.data!.makeOffer.id, accepted: true } });
    expectProblems(again, 'BAD_USER_INPUT', { code: 'OFFER_ALREADY_ANSWERED', field: 'offerId' });
    expectRefused(again, 'BAD_USER_INPUT', /redan besvarat/);
  });

  it('EMP-1: an accepted offer employs the applicant for 12 months in the cohort of the site and start, created when missing', async () => {
    expect(await graph.databases.employment.dataSource.getRepository(Cohort).countBy({ startDate: '2028-01-17' })).toBe(0);
    const made = await offer(id('1007'), 'Växjö', TODAY);
    const { answerOffer } = await call<Answer>(graph, 'atbt-chef', ANSWER_OFFER, { offerId: made.data!.makeOffer.id, accepted: true });
    expect(answerOffer).toMatchObject({
      offer: { state: 'ACCEPTED', application: { state: 'ACCEPTED' }, trainee: { name: 'Klara Bergström' } },
      proposedNext: null,
    });
    const traineeId = answerOffer.offer.trainee!.id;
    expect(await graph.databases.employment.dataSource.getRepository(Trainee).findOneBy({ id: traineeId })).toMatchObject({
      username: 'bt-klara.bergstrom',
      personalIdentityNumber: '19910604-9878',
      siteId: siteId(graph, 'Växjö'),
      employmentStart: '2028-01-17',
      employmentEnd: '2029-01-16',
      employmentForm: 'SEPARATE',
    });
    const { trainee } = await call<{
      trainee: { cohort: { name: string; startDate: string }; placements: unknown[]; certificates: unknown[]; active: boolean };
    }>(graph, 'studierektor-sluten', 'query ($id: ID!) { trainee(id: $id) { cohort { name startDate } placements { id } certificates { id } active } }', {
      id: traineeId,
    });
    expect(trainee).toEqual({ cohort: { name: 'VT 2028 Växjö', startDate: '2028-01-17' }, placements: [], certificates: [], active: false });
  });

  it('ORG-1: the deputy director makes offers for Ljungby, not for Växjö', async () => {
    const vaxjo = await offer(id('1001'), 'Växjö', TODAY, 'bitr-atbt-chef');
    expectProblems(vaxjo, 'FORBIDDEN', { code: 'SITE_NOT_IN_SCOPE', rule: 'ORG-1' });
    expect(await graph.databases.employment.dataSource.getRepository(Offer).countBy({ applicationId: id('1001') })).toBe(0);
    const ljungby = await offer(id('1003'), 'Ljungby', '2027-10-19', 'bitr-atbt-chef');
    expect(ljungby.errors).toBeUndefined();
    expect(ljungby.data!.makeOffer).toMatchObject({ state: 'PENDING', site: { name: 'Ljungby' }, application: { state: 'OFFERED' } });
  });

  it('REC-2: only free positions at a site are offered', async () => {
    const full = await offer(id('1008'), 'Ljungby');
    expectProblems(full, 'BAD_USER_INPUT', { code: 'NO_FREE_POSITION', rule: 'REC-2', field: 'siteId', params: { positions: 1, site: 'Ljungby' } });
    expectRefused(full, 'BAD_USER_INPUT', /Alla 1 platser med huvudort Ljungby/);
  });

  it('refuses to employ an applicant who already is a trainee, and changes nothing', async () => {
    const made = await offer(id('1001'), 'Växjö');
    const seeded = graph.data.trainees[0];
    await graph.databases.employment.dataSource.query('UPDATE application SET personalIdentityNumber = ? WHERE id = ?', [
      seeded.personalIdentityNumber,
      id('1001'),
    ]);
    const before = await graph.databases.employment.dataSource.getRepository(Trainee).count();
    const refused = await graph.query(ANSWER_OFFER, { token: graph.tokenFor('atbt-chef'), variables: { offerId: made.data!.makeOffer.id, accepted: true } });
    expectProblems(refused, 'BAD_USER_INPUT', { code: 'ALREADY_A_TRAINEE', rule: 'EMP-1', params: { name: `${seeded.givenName} ${seeded.familyName}` } });
    expectRefused(refused, 'BAD_USER_INPUT', new RegExp(`tillhör redan BT-läkaren ${seeded.givenName} ${seeded.familyName}`));
    expect(await graph.databases.employment.dataSource.getRepository(Trainee).count()).toBe(before);
    expect(await graph.databases.employment.dataSource.getRepository(Offer).findOneBy({ id: made.data!.makeOffer.id })).toMatchObject({
      state: 'PENDING',
      traineeId: null,
    });
  });

  it('REC-7, REC-8: offers not answered by their day expire, each proposing the next on the reserve list', async () => {
    // the week has passed for the offer to 1001
    await graph.databases.employment.dataSource.getRepository(Offer).update({ applicationId: id('1001') }, { answerBy: '2027-10-11' });
    const late = await graph.query(ANSWER_OFFER, {
      token: graph.tokenFor('atbt-chef'),
      variables: {
        offerId: (await graph.databases.employment.dataSource.getRepository(Offer).findOneByOrFail({ applicationId: id('1001') })).id,
        accepted: true,
      },
    });
    expectProblems(late, 'BAD_USER_INPUT', { code: 'OFFER_ANSWER_TIME_PASSED', rule: 'REC-7', params: { answerBy: '2027-10-11' } });
    expectRefused(late, 'BAD_USER_INPUT', /gick ut 2027-10-11\. Markera erbjudandet som utgånget/);
    // ORG-1: the deputy director answers and expires Ljungby's offers only; this one is Växjö's
    const lateOffer = await graph.databases.employment.dataSource.getRepository(Offer).findOneByOrFail({ applicationId: id('1001') });
    expectProblems(
      await graph.query(ANSWER_OFFER, { token: graph.tokenFor('bitr-atbt-chef'), variables: { offerId: lateOffer.id, accepted: false } }),
      'FORBIDDEN',
      { code: 'SITE_NOT_IN_SCOPE', rule: 'ORG-1' },
    );
    expect((await call<{ expireOffers: unknown[] }>(graph, 'bitr-atbt-chef', EXPIRE_OFFERS, { roundId })).expireOffers).toEqual([]);
    const { expireOffers } = await call<{
      expireOffers: { offer: { state: string; application: { externalId: string; state: string } }; proposedNext: { externalId: string } | null }[];
    }>(graph, 'hr-samordnare', EXPIRE_OFFERS, { roundId });
    expect(expireOffers).toEqual([
      {
        offer: { id: expect.any(String), state: 'EXPIRED', application: { externalId: 'OJ-2027-1001', state: 'EXPIRED' } },
        proposedNext: { externalId: 'OJ-2027-1005' },
      },
    ]);
    expect((await call<{ expireOffers: unknown[] }>(graph, 'hr-samordnare', EXPIRE_OFFERS, { roundId })).expireOffers).toEqual([]);
  });

  it('is made by the Director and the deputy director only, and answered also by HR; the round closes once no offer waits', async () => {
    for (const username of ['hr-samordnare', 'studierektor-sluten'])
      expectProblems(await offer(id('1005'), 'Växjö', TODAY, username), 'FORBIDDEN', { code: 'NOT_PERMITTED' });
    const closing = await graph.query(MOVE_ROUND, { token: graph.tokenFor('atbt-chef'), variables: { id: roundId, to: 'CLOSED' } });
    expectProblems(closing, 'BAD_USER_INPUT', { code: 'OFFERS_PENDING', rule: 'REC-7', params: { pending: 1 } });
    expectRefused(closing, 'BAD_USER_INPUT', /1 erbjudande\(n\) väntar på svar/);
    const pending = await graph.databases.employment.dataSource.getRepository(Offer).findOneByOrFail({ applicationId: id('1003') });
    await call(graph, 'hr-samordnare', ANSWER_OFFER, { offerId: pending.id, accepted: true });
    await call(graph, 'atbt-chef', MOVE_ROUND, { id: roundId, to: 'CLOSED' });
    const states = await call<{ applicationPage: { items: { externalId: string; state: string }[] } }>(
      graph,
      'atbt-chef',
      'query ($roundId: ID!) { applicationPage(perPage: 100, sortField: "externalId", filter: { roundId: $roundId, eligible: true }) { items { externalId state } } }',
      { roundId },
    );
    expect(states.applicationPage.items.map((a) => `${a.externalId.slice(-4)} ${a.state}`)).toEqual([
      '1001 EXPIRED',
      '1002 DECLINED',
      '1003 ACCEPTED',
      '1005 NOT_SELECTED',
      '1007 ACCEPTED',
      '1008 NOT_SELECTED',
      '1009 NOT_SELECTED',
    ]);
  });
});

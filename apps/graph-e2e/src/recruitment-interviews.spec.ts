import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import {
  call,
  createRound,
  expectProblems,
  expectRefused,
  GENERATE_SLOTS,
  moveRound,
  RECORD_REQUIREMENT,
  recordRequirements,
  roundWithApplications,
  SCHEDULE,
  seatPanel,
  slotPlace,
} from './recruitment-support';

const SLOTS = 'query ($roundId: ID!) { interviewSlots(roundId: $roundId) { id startsAt endsAt application { externalId } } }';
const SYLF_CSV = 'query ($roundId: ID!) { sylfInviteesCsv(roundId: $roundId) }';
const SYLF = `mutation ($applicationId: ID!, $requestedBy: SylfRequestedBy!, $applicantConsent: Boolean!) {
  recordSylfAttendance(applicationId: $applicationId, requestedBy: $requestedBy, applicantConsent: $applicantConsent) {
    id sylfAttendance { requestedBy applicantConsent recordedAt recordedBy { username } } } }`;

interface Slot {
  id: string;
  startsAt: string;
  endsAt: string;
  application: { id?: string; externalId?: string } | null;
}

/** The day the test graph stands still on: after the deadline (2027-10-01), before the interview days (REC-6: interviews are booked into days to come). */
const TODAY = '2027-10-04';
describe(`interviews (REC-6) and SYLF (REC-10) on ${testEngine()}`, () => {
  let graph: TestGraph;
  let roundId: string;
  let ids: Map<string, string>;
  let slots: Slot[];
  const id = (externalId: string) => ids.get(`OJ-2027-${externalId}`)!;
  const place = () => slotPlace(graph, ['studierektor-sluten']);

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
    ({ roundId, ids } = await roundWithApplications(graph));
    for (const number of ['1001', '1002', '1005']) await recordRequirements(graph, id(number));
    await seatPanel(graph, roundId, [['studierektor-sluten', 'DIRECTOR_OF_STUDIES']], ['INTERVIEWS']);
  });
  afterAll(() => graph?.stop());

  it('HR lays out 45-minute slots from 08:30 to 16:30 Swedish time on each interview day', async () => {
    slots = (await call<{ generateInterviewSlots: Slot[] }>(graph, 'hr-samordnare', GENERATE_SLOTS, { roundId, ...place() })).generateInterviewSlots;
    expect(slots).toHaveLength(20);
    expect(slots[0]).toMatchObject({ startsAt: '2027-10-06T06:30:00.000Z', endsAt: '2027-10-06T07:15:00.000Z', application: null });
    expect(slots[10].startsAt).toBe('2027-10-07T06:30:00.000Z');
    const refused = await graph.query(GENERATE_SLOTS, {
      token: graph.tokenFor('hr-samordnare'),
      variables: { roundId, slotMinutes: 300, dayStart: '8', ...place() },
    });
    expectProblems(
      refused,
      'BAD_USER_INPUT',
      { code: 'SLOT_MINUTES_OUT_OF_RANGE', rule: 'REC-6', field: 'slotMinutes', params: { min: 10, max: 240, value: 300 } },
      { code: 'TIME_INVALID', field: 'dayStart' },
    );
    expectRefused(refused, 'BAD_USER_INPUT', /längd ska vara 10–240 minuter, inte 300/, /Dagens start, "8", ska skrivas TT:MM/);
    expectRefused(await graph.query(GENERATE_SLOTS, { token: graph.tokenFor('studierektor-sluten'), variables: { roundId, ...place() } }), 'FORBIDDEN');
  });

  it('invites an eligible applicant to a free slot; a slot holds one application; an invited applicant can be moved', async () => {
    const invited = await call<{ scheduleInterview: { state: string; interview: { id: string } } }>(graph, 'hr-samordnare', SCHEDULE, {
      applicationId: id('1001'),
      slotId: slots[0].id,
    });
    expect(invited.scheduleInterview).toMatchObject({ state: 'INVITED', interview: { id: slots[0].id } });
    expectProblems(
      await graph.query(SCHEDULE, { token: graph.tokenFor('atbt-chef'), variables: { applicationId: id('1002'), slotId: slots[0].id } }),
      'BAD_USER_INPUT',
      {
        code: 'SLOT_TAKEN',
        rule: 'REC-6',
        field: 'slotId',
      },
    );
    expectProblems(
      await graph.query(SCHEDULE, { token: graph.tokenFor('atbt-chef'), variables: { applicationId: id('1003'), slotId: slots[1].id } }),
      'BAD_USER_INPUT',
      {
        code: 'APPLICATION_NOT_ELIGIBLE',
        rule: 'REC-3',
      },
    );
    expectProblems(
      await graph.query(SCHEDULE, { token: graph.tokenFor('atbt-chef'), variables: { applicationId: id('1002'), slotId: 'none' } }),
      'BAD_USER_INPUT',
      { code: 'NOT_FOUND', field: 'slotId', params: { id: 'none' } },
    );
    await call(graph, 'atbt-chef', SCHEDULE, { applicationId: id('1002'), slotId: slots[1].id });
    const moved = await call<{ scheduleInterview: { interview: { id: string } } }>(graph, 'atbt-chef', SCHEDULE, {
      applicationId: id('1002'),
      slotId: slots[2].id,
    });
    expect(moved.scheduleInterview.interview.id).toBe(slots[2].id);
    await call(graph, 'hr-samordnare', SCHEDULE, { applicationId: id('1005'), slotId: slots[3].id });
    const { interviewSlots } = await call<{ interviewSlots: Slot[] }>(graph, 'studierektor-sluten', SLOTS, { roundId });
    expect(interviewSlots.slice(0, 4).map((slot) => slot.application?.externalId ?? null)).toEqual(['OJ-2027-1001', null, 'OJ-2027-1002', 'OJ-2027-1005']);
    // REC-9: a round outside one's panels answers as one that does not exist
    expectProblems(await graph.query(SLOTS, { token: graph.tokenFor('studierektor-primar'), variables: { roundId } }), 'BAD_USER_INPUT', {
      code: 'NOT_FOUND',
      field: 'roundId',
      params: { id: roundId },
    });
  });

  it('an applicant found ineligible after the invitation leaves the slot free', async () => {
    await call(graph, 'hr-samordnare', RECORD_REQUIREMENT, { id: id('1005'), requirement: 'LICENCE', met: false, evidence: 'Legitimation saknas i HOSP' });
    const { interviewSlots } = await call<{ interviewSlots: Slot[] }>(graph, 'hr-samordnare', SLOTS, { roundId });
    expect(interviewSlots[3].application).toBeNull();
  });

  it('REC-6: free slots are removed, booked ones kept; new slots in the same room may not overlap the booked ones', async () => {
    const REMOVE =
      'mutation ($roundId: ID!, $slotIds: [ID!]!) { removeInterviewSlots(roundId: $roundId, slotIds: $slotIds) { id startsAt application { id } } }';
    expectProblems(await graph.query(REMOVE, { token: graph.tokenFor('hr-samordnare'), variables: { roundId, slotIds: [slots[0].id] } }), 'BAD_USER_INPUT', {
      code: 'SLOT_BOOKED',
      rule: 'REC-6',
      field: 'slotIds',
      params: { time: '2027-10-06 08:30' },
    });
    const free = slots.filter((slot) => ![slots[0].id, slots[2].id].includes(slot.id)).map((slot) => slot.id);
    const { removeInterviewSlots: left } = await call<{ removeInterviewSlots: Slot[] }>(graph, 'hr-samordnare', REMOVE, { roundId, slotIds: free });
    expect(left.map((slot) => slot.id)).toEqual([slots[0].id, slots[2].id]);
    // 09:00–12:00 local in hours, each day; on day one 09:00 and 10:00 overlap the booked 08:30–09:15 and 10:00–10:45
    const hourly = { roundId, slotMinutes: 60, dayStart: '09:00', dayEnd: '12:00' };
    expectProblems(await graph.query(GENERATE_SLOTS, { token: graph.tokenFor('hr-samordnare'), variables: { ...hourly, ...place() } }), 'BAD_USER_INPUT', {
      code: 'SLOT_ROOM_OVERLAP',
      rule: 'REC-6',
      field: 'room',
      params: { room: 'Sammanträdesrum 1', count: 2, first: '2027-10-06 09:00' },
    });
    const again = (
      await call<{ generateInterviewSlots: Slot[] }>(graph, 'hr-samordnare', GENERATE_SLOTS, {
        ...hourly,
        ...slotPlace(graph, ['studierektor-sluten'], 'Rum 2'),
      })
    ).generateInterviewSlots;
    expect(again.map((slot) => `${slot.startsAt.slice(5, 16)} ${slot.application ? 'bokad' : 'ledig'}`)).toEqual([
      '10-06T06:30 bokad',
      '10-06T07:00 ledig',
      // at the same time in room order: Rum 2 before Sammanträdesrum 1
      '10-06T08:00 ledig',
      '10-06T08:00 bokad',
      '10-06T09:00 ledig',
      '10-07T07:00 ledig',
      '10-07T08:00 ledig',
      '10-07T09:00 ledig',
    ]);
  });

  it('REC-10: tells SYLF who is invited, in interview order, Swedish time', async () => {
    const { sylfInviteesCsv } = await call<{ sylfInviteesCsv: string }>(graph, 'hr-samordnare', SYLF_CSV, { roundId });
    expect(sylfInviteesCsv).toBe('Namn;Intervjudag;Tid\r\nAmira Hussein;2027-10-06;08:30–09:15\r\nJohan Lindqvist;2027-10-06;10:00–10:45\r\n');
    expectRefused(await graph.query(SYLF_CSV, { token: graph.tokenFor('studierektor-sluten'), variables: { roundId } }), 'FORBIDDEN');
  });

  it('REC-10: SYLF attends at the applicant’s wish, or at its own initiative only with the applicant’s consent', async () => {
    const refused = await graph.query(SYLF, {
      token: graph.tokenFor('hr-samordnare'),
      variables: { applicationId: id('1001'), requestedBy: 'SYLF', applicantConsent: false },
    });
    expectProblems(refused, 'BAD_USER_INPUT', { code: 'SYLF_CONSENT_REQUIRED', rule: 'REC-10', field: 'applicantConsent' });
    expectRefused(refused, 'BAD_USER_INPUT', /^På SYLFs initiativ/);
    const recorded = await call<{
      recordSylfAttendance: { sylfAttendance: { requestedBy: string; applicantConsent: boolean; recordedBy: { username: string } } };
    }>(graph, 'hr-samordnare', SYLF, {
      applicationId: id('1001'),
      requestedBy: 'SYLF',
      applicantConsent: true,
    });
    expect(recorded.recordSylfAttendance.sylfAttendance).toMatchObject({
      requestedBy: 'SYLF',
      applicantConsent: true,
      recordedBy: { username: 'hr-samordnare' },
    });
    await call(graph, 'hr-samordnare', SYLF, { applicationId: id('1002'), requestedBy: 'APPLICANT', applicantConsent: true });
    expectProblems(
      await graph.query(SYLF, {
        token: graph.tokenFor('hr-samordnare'),
        variables: { applicationId: id('1006'), requestedBy: 'APPLICANT', applicantConsent: true },
      }),
      'BAD_USER_INPUT',
      {
        code: 'APPLICANT_NOT_INVITED',
        rule: 'REC-10',
      },
    );
    expectRefused(
      await graph.query(SYLF, {
        token: graph.tokenFor('atbt-chef'),
        variables: { applicationId: id('1002'), requestedBy: 'APPLICANT', applicantConsent: true },
      }),
      'FORBIDDEN',
    );
  });

  it('no slots are laid out once the round has reached the offers', async () => {
    // REC-6: a round whose interview days have passed, so that it may reach the offers
    const past = await createRound(graph, 'OPEN', { advertDate: '2027-08-02', applicationDeadline: '2027-08-27', interviewDays: ['2027-09-01', '2027-09-02'] });
    await seatPanel(graph, past);
    await moveRound(graph, past, 'OPEN', 'OFFERS');
    expectProblems(await graph.query(GENERATE_SLOTS, { token: graph.tokenFor('hr-samordnare'), variables: { roundId: past, ...place() } }), 'BAD_USER_INPUT', {
      code: 'ROUND_PAST_INTERVIEWS',
      rule: 'REC-6',
      params: { state: 'erbjudanden' },
    });
  });
});

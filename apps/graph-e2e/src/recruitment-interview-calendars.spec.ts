import ical, { type VEvent } from 'node-ical';
import { InterviewSlot } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import {
  call,
  createRound,
  expectProblems,
  expectRefused,
  FULL_PANEL,
  GENERATE_SLOTS,
  PREVIEW_SLOTS,
  recordRequirements,
  roundWithApplications,
  SCHEDULE,
  seatPanel,
  slotPlace,
} from './recruitment-support';

const APPLICANT_CALENDAR = 'query ($applicationId: ID!) { applicantInterviewCalendar(applicationId: $applicationId) }';
const PANEL_CALENDAR = 'query ($roundId: ID!, $personId: ID!) { panelInterviewCalendar(roundId: $roundId, personId: $personId) }';

interface Slot {
  id: string;
  startsAt: string;
  endsAt: string;
  room: string | null;
  panel: { username: string }[];
}

/** The calendar's events, parsed by an iCalendar reader of its own (node-ical), in start order. */
function eventsOf(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text))
    .filter((component): component is VEvent => component?.type === 'VEVENT')
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** A day after the deadline (2027-10-01), before both interview days: one in summer time (2027-10-06), one in winter time (2027-11-03). */
const TODAY = '2027-10-04';
const ROOM = 'Sammanträdesrum 3, Växjö';

describe(`REC-6: interview slots with lunch, room and panel; invitations as calendar files, on ${testEngine()}`, () => {
  let graph: TestGraph;
  let roundId: string;
  let ids: Map<string, string>;
  let slots: Slot[];
  const plan = () => ({
    roundId,
    slotMinutes: 60,
    dayStart: '09:00',
    dayEnd: '15:00',
    lunchStart: '12:00',
    lunchMinutes: 45,
    ...slotPlace(graph, ['hr-samordnare', 'studierektor-sluten'], ROOM),
  });

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
    ({ roundId, ids } = await roundWithApplications(graph, { interviewDays: ['2027-10-06', '2027-11-03'] }));
    for (const number of ['OJ-2027-1001', 'OJ-2027-1002', 'OJ-2027-1003']) await recordRequirements(graph, ids.get(number)!);
    await seatPanel(graph, roundId, FULL_PANEL, ['INTERVIEWS']);
  });
  afterAll(() => graph?.stop());

  it('REC-6: HR sees the slots a plan lays out (none in the lunch break), then saves exactly those with their room and panel', async () => {
    const { previewInterviewSlots } = await call<{ previewInterviewSlots: { startsAt: string; endsAt: string }[] }>(
      graph,
      'hr-samordnare',
      PREVIEW_SLOTS,
      plan(),
    );
    // 09–12 and 12:45–15 Swedish time: three slots before lunch, two after; summer time (UTC+2) in October, winter time (UTC+1) in November
    expect(previewInterviewSlots.map((slot) => `${slot.startsAt.slice(5, 16)}–${slot.endsAt.slice(11, 16)}`)).toEqual([
      '10-06T07:00–08:00',
      '10-06T08:00–09:00',
      '10-06T09:00–10:00',
      '10-06T10:45–11:45',
      '10-06T11:45–12:45',
      '11-03T08:00–09:00',
      '11-03T09:00–10:00',
      '11-03T10:00–11:00',
      '11-03T11:45–12:45',
      '11-03T12:45–13:45',
    ]);
    expect(await graph.databases.employment.dataSource.getRepository(InterviewSlot).countBy({ roundId })).toBe(0); // shown, not saved
    ({ generateInterviewSlots: slots } = await call<{ generateInterviewSlots: Slot[] }>(graph, 'hr-samordnare', GENERATE_SLOTS, plan()));
    expect(slots.map(({ startsAt, endsAt }) => ({ startsAt, endsAt }))).toEqual(previewInterviewSlots);
    expect(slots.every((slot) => slot.room === ROOM)).toBe(true);
    expect(slots[0].panel.map((member) => member.username).sort()).toEqual(['hr-samordnare', 'studierektor-sluten']);
  });

  it('REC-6, REC-9: refuses a lunch outside the day, a day not among the interview days, a panel member not on the interview panel, and overlaps in the room', async () => {
    const refused = await graph.query(PREVIEW_SLOTS, {
      token: graph.tokenFor('hr-samordnare'),
      variables: { ...plan(), lunchStart: '14:30' },
    });
    expectProblems(refused, 'BAD_USER_INPUT', {
      code: 'LUNCH_OUTSIDE_DAY',
      rule: 'REC-6',
      field: 'lunchStart',
      params: { lunchStart: '14:30', lunchEnd: '15:15', dayStart: '09:00', dayEnd: '15:00' },
    });
    expectProblems(
      await graph.query(PREVIEW_SLOTS, {
        token: graph.tokenFor('hr-samordnare'),
        variables: { ...plan(), days: ['2027-10-08'], ...slotPlace(graph, ['atbt-chef'], 'Rum 9') },
      }),
      'BAD_USER_INPUT',
      { code: 'SLOT_DAY_NOT_INTERVIEW_DAY', rule: 'REC-6', field: 'days', params: { day: '2027-10-08', interviewDays: '2027-10-06, 2027-11-03' } },
      { code: 'SLOT_PANEL_NOT_INTERVIEW_PANEL', rule: 'REC-9', field: 'panelPersonIds', params: { count: 1 } },
    );
    const overlap = await graph.query(GENERATE_SLOTS, {
      token: graph.tokenFor('hr-samordnare'),
      variables: { ...plan(), days: ['2027-11-03'], dayStart: '10:30' },
    });
    expectProblems(overlap, 'BAD_USER_INPUT', {
      code: 'SLOT_ROOM_OVERLAP',
      rule: 'REC-6',
      field: 'room',
      params: { room: ROOM, count: 3, first: '2027-11-03 10:30' },
    });
    expect(overlap.errors?.[0].message).toMatch(/^3 tider krockar med tider som redan finns i Sammanträdesrum 3, Växjö \(först 2027-11-03 10:30\)/);
    expectRefused(await graph.query(PREVIEW_SLOTS, { token: graph.tokenFor('studierektor-sluten'), variables: plan() }), 'FORBIDDEN');
  });

  it('REC-6: refuses slots on an interview day that has passed', async () => {
    const past = await createRound(graph, 'OPEN', { advertDate: '2027-08-02', applicationDeadline: '2027-08-27', interviewDays: ['2027-09-01', '2027-10-06'] });
    await seatPanel(graph, past, FULL_PANEL, ['INTERVIEWS']);
    expectProblems(
      await graph.query(PREVIEW_SLOTS, { token: graph.tokenFor('hr-samordnare'), variables: { ...plan(), roundId: past, room: 'Rum 2' } }),
      'BAD_USER_INPUT',
      { code: 'SLOT_IN_PAST', rule: 'REC-6', field: 'days', params: { day: '2027-09-01', time: '09:00' } },
    );
  });

  it('REC-6: the applicant’s invitation as a calendar file: Swedish time right in summer and in winter, the room, the panel', async () => {
    await call(graph, 'hr-samordnare', SCHEDULE, { applicationId: ids.get('OJ-2027-1001'), slotId: slots[0].id });
    await call(graph, 'hr-samordnare', SCHEDULE, { applicationId: ids.get('OJ-2027-1002'), slotId: slots[5].id });
    const summer = (await call<{ applicantInterviewCalendar: string }>(graph, 'hr-samordnare', APPLICANT_CALENDAR, { applicationId: ids.get('OJ-2027-1001') }))
      .applicantInterviewCalendar;
    expect(summer).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(summer).toContain('\r\nDTSTART:20271006T070000Z\r\n'); // 09:00 Swedish summer time
    const [event] = eventsOf(summer);
    expect(eventsOf(summer)).toHaveLength(1);
    expect(event.start.toISOString()).toBe('2027-10-06T07:00:00.000Z');
    expect(event.end?.toISOString()).toBe('2027-10-06T08:00:00.000Z');
    expect(event.summary).toBe('Intervju om BT-tjänst (BT-rekrytering VT 2028)');
    expect(event.location).toBe(ROOM);
    expect(event.uid).toBe(`intervju-${slots[0].id}@bt-rekrytering`);
    const panelNames = [graph.viewer('hr-samordnare').name, graph.viewer('studierektor-sluten').name].sort((a, b) => a.localeCompare(b, 'sv'));
    expect(event.description).toBe(`Tid: 2027-10-06 09:00–10:00 (svensk tid)\nLokal: ${ROOM}\nIntervjugrupp: ${panelNames.join(', ')}`);

    const winter = (await call<{ applicantInterviewCalendar: string }>(graph, 'atbt-chef', APPLICANT_CALENDAR, { applicationId: ids.get('OJ-2027-1002') }))
      .applicantInterviewCalendar;
    expect(winter).toContain('\r\nDTSTART:20271103T080000Z\r\n'); // 09:00 Swedish winter time
    expect(eventsOf(winter)[0].start.toISOString()).toBe('2027-11-03T08:00:00.000Z');
    expect(eventsOf(winter)[0].description).toMatch(/^Tid: 2027-11-03 09:00–10:00 \(svensk tid\)/);
  });

  it('REC-6: an applicant without a booked interview has no invitation; only HR and the Director fetch one', async () => {
    expectProblems(
      await graph.query(APPLICANT_CALENDAR, { token: graph.tokenFor('hr-samordnare'), variables: { applicationId: ids.get('OJ-2027-1003') } }),
      'BAD_USER_INPUT',
      { code: 'APPLICANT_NOT_INVITED', rule: 'REC-6' },
    );
    expectRefused(
      await graph.query(APPLICANT_CALENDAR, { token: graph.tokenFor('studierektor-sluten'), variables: { applicationId: ids.get('OJ-2027-1001') } }),
      'FORBIDDEN',
    );
  });

  it('REC-6, REC-9: a panel member fetches a calendar of all their interviews; another member’s only HR and the Director', async () => {
    const own = (
      await call<{ panelInterviewCalendar: string }>(graph, 'studierektor-sluten', PANEL_CALENDAR, {
        roundId,
        personId: graph.viewer('studierektor-sluten').id,
      })
    ).panelInterviewCalendar;
    const events = eventsOf(own);
    expect(events.map((event) => [event.start.toISOString(), event.summary, event.location])).toEqual([
      ['2027-10-06T07:00:00.000Z', 'Intervju med Amira Hussein', ROOM],
      ['2027-11-03T08:00:00.000Z', 'Intervju med Johan Lindqvist', ROOM],
    ]);
    const forHr = (
      await call<{ panelInterviewCalendar: string }>(graph, 'hr-samordnare', PANEL_CALENDAR, { roundId, personId: graph.viewer('studierektor-sluten').id })
    ).panelInterviewCalendar;
    expect(eventsOf(forHr)).toHaveLength(2);
    // on the interview panel, but sitting in on none of these interviews
    expect(
      eventsOf(
        (await call<{ panelInterviewCalendar: string }>(graph, 'hr-samordnare', PANEL_CALENDAR, { roundId, personId: graph.viewer('bitr-atbt-chef').id }))
          .panelInterviewCalendar,
      ),
    ).toEqual([]);
    const refused = await graph.query(PANEL_CALENDAR, {
      token: graph.tokenFor('studierektor-sluten'),
      variables: { roundId, personId: graph.viewer('hr-samordnare').id },
    });
    expectProblems(refused, 'FORBIDDEN', { code: 'CALENDAR_NOT_OWN', rule: 'REC-9' });
  });
});

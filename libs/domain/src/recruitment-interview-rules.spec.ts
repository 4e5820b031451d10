import { ApplicationState, RecruitmentRoundState, SylfRequestedBy } from './recruitment';
import {
  invitationProblems,
  invitationWarnings,
  planInterviewSlots,
  schedulingProblems,
  slotGenerationProblems,
  slotInPastProblems,
  slotOptionProblems,
  slotPlanProblems,
  slotRemovalProblems,
  slotsOverlap,
  swedishLocalTime,
  swedishMoment,
  sylfAttendanceProblems,
  sylfInviteesCsv,
} from './recruitment-interview-rules';
import { parseCsv } from './csv-file';

describe('Swedish interview times', () => {
  it('are stored in UTC, summer time and winter time alike', () => {
    expect(swedishMoment('2027-10-06', '08:30').toISOString()).toBe('2027-10-06T06:30:00.000Z');
    expect(swedishMoment('2027-11-03', '08:30').toISOString()).toBe('2027-11-03T07:30:00.000Z');
    expect(swedishMoment('2027-10-31', '08:30').toISOString()).toBe('2027-10-31T07:30:00.000Z'); // the day the clocks go back
    expect(swedishLocalTime(new Date('2027-10-06T06:30:00Z'))).toBe('2027-10-06 08:30');
  });
});

describe('REC-6: interview slots', () => {
  const options = { slotMinutes: 45, dayStart: '08:30', dayEnd: '16:30' };

  it('fill each interview day back to back while a whole slot fits', () => {
    const slots = planInterviewSlots(['2027-10-07', '2027-10-06'], options);
    expect(slots).toHaveLength(20); // 8 hours: ten 45-minute slots a day
    expect(swedishLocalTime(slots[0].startsAt)).toBe('2027-10-06 08:30');
    expect(swedishLocalTime(slots[9].endsAt)).toBe('2027-10-06 16:00');
    expect(swedishLocalTime(slots[10].startsAt)).toBe('2027-10-07 08:30');
    expect(slotsOverlap(slots[0], slots[1])).toBe(false);
    expect(slotsOverlap(slots[0], { startsAt: new Date(slots[0].startsAt.getTime() + 60_000), endsAt: slots[1].endsAt })).toBe(true);
  });

  it('REC-6: refuses a bad length, times not written TT:MM, and a day too short for one slot', () => {
    expect(slotOptionProblems(options)).toEqual([]);
    const refused = slotOptionProblems({ slotMinutes: 5, dayStart: '8.30', dayEnd: '24:00' });
    expect(refused.map(({ code, rule, field }) => [code, rule, field])).toEqual([
      ['SLOT_MINUTES_OUT_OF_RANGE', 'REC-6', 'slotMinutes'],
      ['TIME_INVALID', undefined, 'dayStart'],
      ['TIME_INVALID', undefined, 'dayEnd'],
    ]);
    expect(refused.map((item) => item.message)).toEqual([
      'Intervjuernas längd ska vara 10–240 minuter, inte 5.',
      'Dagens start, "8.30", ska skrivas TT:MM, t.ex. 08:30.',
      'Dagens slut, "24:00", ska skrivas TT:MM, t.ex. 16:30.',
    ]);
    expect(slotOptionProblems({ slotMinutes: 60, dayStart: '16:00', dayEnd: '16:30' })).toEqual([
      {
        code: 'SLOT_DOES_NOT_FIT_DAY',
        rule: 'REC-6',
        field: 'dayEnd',
        message: 'Mellan 16:00 och 16:30 ryms ingen intervju på 60 minuter.',
        params: { dayStart: '16:00', dayEnd: '16:30', slotMinutes: 60 },
      },
    ]);
  });

  it('REC-6, REC-3: are laid out before the offers, and booked for eligible applicants who have not been interviewed', () => {
    expect(slotGenerationProblems(RecruitmentRoundState.INTERVIEWS)).toEqual([]);
    expect(slotGenerationProblems(RecruitmentRoundState.OFFERS)).toEqual([
      expect.objectContaining({ code: 'ROUND_PAST_INTERVIEWS', rule: 'REC-6', message: expect.stringMatching(/erbjudanden/) }),
    ]);
    expect(schedulingProblems(RecruitmentRoundState.SCREENING, ApplicationState.ELIGIBLE)).toEqual([]);
    expect(schedulingProblems(RecruitmentRoundState.INTERVIEWS, ApplicationState.INVITED)).toEqual([]);
    expect(schedulingProblems(RecruitmentRoundState.DRAFT, ApplicationState.INELIGIBLE)).toEqual([
      expect.objectContaining({
        code: 'ROUND_NOT_BOOKING_INTERVIEWS',
        rule: 'REC-6',
        message: expect.stringMatching(/nu är den i läget utkast/),
        params: { state: 'utkast' },
      }),
      expect.objectContaining({ code: 'APPLICATION_NOT_ELIGIBLE', rule: 'REC-3' }),
    ]);
  });
});

describe('REC-10: SYLF', () => {
  it('REC-10: attends when the applicant wishes it, or at SYLF’s initiative with the applicant’s consent, at a booked interview', () => {
    expect(sylfAttendanceProblems(SylfRequestedBy.APPLICANT, true, true)).toEqual([]);
    expect(sylfAttendanceProblems(SylfRequestedBy.SYLF, true, true)).toEqual([]);
    expect(sylfAttendanceProblems(SylfRequestedBy.SYLF, false, true)).toEqual([
      expect.objectContaining({
        code: 'SYLF_CONSENT_REQUIRED',
        rule: 'REC-10',
        field: 'applicantConsent',
        message: expect.stringMatching(/^På SYLFs initiativ .* accepterar/),
      }),
    ]);
    expect(sylfAttendanceProblems(SylfRequestedBy.APPLICANT, false, false).map(({ code, field }) => [code, field])).toEqual([
      ['APPLICANT_NOT_INVITED', undefined],
      ['SYLF_APPLICANT_REQUEST_IS_CONSENT', 'applicantConsent'],
    ]);
  });

  it('is told who is invited: a semicolon CSV with a header, in interview order, in Swedish local time', () => {
    const csv = sylfInviteesCsv([
      { name: 'Sara "Sassa" Nyström', startsAt: new Date('2027-10-06T07:15:00Z'), endsAt: new Date('2027-10-06T08:00:00Z') },
      { name: 'Amira Hussein', startsAt: new Date('2027-10-06T06:30:00Z'), endsAt: new Date('2027-10-06T07:15:00Z') },
    ]);
    expect(csv).toBe('Namn;Intervjudag;Tid\r\nAmira Hussein;2027-10-06;08:30–09:15\r\n"Sara ""Sassa"" Nyström";2027-10-06;09:15–10:00\r\n');
    expect(parseCsv(csv).records[2].fields).toEqual(['Sara "Sassa" Nyström', '2027-10-06', '09:15–10:00']);
  });

  it('never hands SYLF a formula: names starting with = + @ come out as text (csvExport)', () => {
    const at = (minutes: number) => new Date(Date.UTC(2027, 9, 6, 7, minutes));
    const csv = sylfInviteesCsv([
      { name: '=HYPERLINK("http://x")', startsAt: at(0), endsAt: at(45) },
      { name: '+1', startsAt: at(45), endsAt: at(90) },
      { name: '@SUM(1)', startsAt: at(90), endsAt: at(135) },
    ]);
    expect(csv.split('\r\n').map((line) => line.split(';')[0])).toEqual(['Namn', `"'=HYPERLINK(""http://x"")"`, `"'+1"`, `"'@SUM(1)"`, '']);
  });
});

describe('REC-6: invitations within a week of the deadline, interviews not in the past', () => {
  it('refuses booking a slot on a day that has passed, in Swedish time; today and later are bookable', () => {
    expect(slotInPastProblems(swedishMoment('2026-11-21', '23:30'), '2026-11-22')).toEqual([
      expect.objectContaining({
        code: 'SLOT_IN_PAST',
        rule: 'REC-6',
        field: 'slotId',
        message: 'Tiden 2026-11-21 23:30 har redan varit; välj en kommande intervjutid.',
      }),
    ]);
    expect(slotInPastProblems(swedishMoment('2026-11-22', '08:30'), '2026-11-22')).toEqual([]);
    expect(slotInPastProblems(swedishMoment('2026-11-23', '00:15'), '2026-11-22')).toEqual([]);
  });

  it('warns, without refusing, for invitations sent later than a week after the deadline', () => {
    expect(invitationWarnings(['2026-10-09', '2026-10-01'], '2026-10-02')).toEqual([]);
    expect(invitationWarnings(['2026-10-10', '2026-10-12', '2026-10-09'], '2026-10-02')).toEqual([
      expect.objectContaining({
        code: 'INVITATION_LATE',
        rule: 'REC-6',
        message: '2 kallelser till intervju skickades senare än en vecka efter sista ansökningsdag (2026-10-02); riktlinjen är senast 2026-10-09.',
      }),
    ]);
  });

  it('records a sent invitation on a day that has come, for applicants with an interview time, on a round not closed', () => {
    expect(invitationProblems('2026-11-22', '2026-11-22', RecruitmentRoundState.INTERVIEWS, 0)).toEqual([]);
    expect(invitationProblems('2026-11-23', '2026-11-22', RecruitmentRoundState.INTERVIEWS, 1).map((p) => [p.code, p.message])).toEqual([
      ['INVITATION_SENT_IN_FUTURE', 'Dagen då kallelserna skickades kan inte ligga efter i dag (2026-11-22).'],
      ['INVITATION_WITHOUT_INTERVIEW', 'En av ansökningarna har ingen bokad intervjutid; boka en tid innan kallelsen registreras.'],
    ]);
    expect(invitationProblems('2026-02-30', '2026-11-22', RecruitmentRoundState.CLOSED, 2).map((p) => p.code)).toEqual([
      'ROUND_CLOSED',
      'DATE_INVALID',
      'INVITATION_WITHOUT_INTERVIEW',
    ]);
  });
});

describe('REC-6: slots with a lunch break, a room and a panel', () => {
  const options = { slotMinutes: 45, dayStart: '08:30', dayEnd: '16:00', lunchStart: '12:00', lunchMinutes: 60 };
  const plan = {
    days: ['2027-10-06'],
    roundInterviewDays: ['2027-10-06', '2027-10-07'],
    room: 'Sammanträdesrum 3',
    panelPersonIds: ['hr'],
    interviewPanelPersonIds: ['hr', 'studierektor'],
  };

  it('REC-6: no slot lies in the lunch break; the first after it starts when lunch is over', () => {
    const times = planInterviewSlots(['2027-10-06'], options).map(
      (slot) => `${swedishLocalTime(slot.startsAt).slice(11)}–${swedishLocalTime(slot.endsAt).slice(11)}`,
    );
    expect(times).toEqual(['08:30–09:15', '09:15–10:00', '10:00–10:45', '10:45–11:30', '13:00–13:45', '13:45–14:30', '14:30–15:15', '15:15–16:00']);
    const lunch = { startsAt: swedishMoment('2027-10-06', '12:00'), endsAt: swedishMoment('2027-10-06', '13:00') };
    expect(planInterviewSlots(['2027-10-06'], options).some((slot) => slotsOverlap(slot, lunch))).toBe(false);
  });

  it('REC-6: keeps Swedish time in winter as in summer', () => {
    const [winter] = planInterviewSlots(['2028-01-12'], options);
    const [summer] = planInterviewSlots(['2027-06-09'], options);
    expect(winter.startsAt.toISOString()).toBe('2028-01-12T07:30:00.000Z');
    expect(summer.startsAt.toISOString()).toBe('2027-06-09T06:30:00.000Z');
  });

  it('REC-6: refuses a lunch break with no start, too long, or outside the day', () => {
    expect(slotOptionProblems(options)).toEqual([]);
    expect(slotOptionProblems({ ...options, lunchStart: null }).map((p) => [p.code, p.field])).toEqual([['LUNCH_START_MISSING', 'lunchStart']]);
    expect(slotOptionProblems({ ...options, lunchMinutes: 150, lunchStart: '12.00' }).map((p) => [p.code, p.field])).toEqual([
      ['LUNCH_MINUTES_OUT_OF_RANGE', 'lunchMinutes'],
      ['TIME_INVALID', 'lunchStart'],
    ]);
    expect(slotOptionProblems({ ...options, lunchStart: '15:30' })).toEqual([
      expect.objectContaining({
        code: 'LUNCH_OUTSIDE_DAY',
        rule: 'REC-6',
        message: 'Lunchen 15:30–16:30 ska ligga inom dagen 08:30–16:00.',
        params: { lunchStart: '15:30', lunchEnd: '16:30', dayStart: '08:30', dayEnd: '16:00' },
      }),
    ]);
  });

  it('REC-6, REC-9: a plan names days of the round, a room and a panel from the interview panel', () => {
    const planned = planInterviewSlots(plan.days, options);
    expect(slotPlanProblems(plan, planned, [], '2027-10-04')).toEqual([]);
    const refused = slotPlanProblems({ ...plan, days: ['2027-10-08'], room: ' ', panelPersonIds: ['hr', 'someone'] }, [], [], '2027-10-04');
    expect(refused.map(({ code, rule, field }) => [code, rule, field])).toEqual([
      ['SLOT_DAY_NOT_INTERVIEW_DAY', 'REC-6', 'days'],
      ['ROOM_MISSING', undefined, 'room'],
      ['SLOT_PANEL_NOT_INTERVIEW_PANEL', 'REC-9', 'panelPersonIds'],
    ]);
    expect(slotPlanProblems({ ...plan, days: [], panelPersonIds: [] }, [], [], '2027-10-04').map((p) => p.code)).toEqual([
      'SLOT_DAYS_MISSING',
      'SLOT_PANEL_MISSING',
    ]);
  });

  it('REC-6: refuses slots in the past, once per day', () => {
    const planned = planInterviewSlots(plan.roundInterviewDays, options);
    expect(slotPlanProblems({ ...plan, days: plan.roundInterviewDays }, planned, [], '2027-10-07')).toEqual([
      expect.objectContaining({ code: 'SLOT_IN_PAST', rule: 'REC-6', field: 'days', params: { day: '2027-10-06', time: '08:30' } }),
    ]);
  });

  it('REC-6: refuses slots overlapping the same room’s slots, naming the first', () => {
    const planned = planInterviewSlots(plan.days, options);
    const existing = planInterviewSlots(plan.days, { slotMinutes: 60, dayStart: '10:00', dayEnd: '11:00' });
    expect(slotPlanProblems(plan, planned, existing, '2027-10-04')).toEqual([
      expect.objectContaining({
        code: 'SLOT_ROOM_OVERLAP',
        rule: 'REC-6',
        field: 'room',
        message:
          '2 tider krockar med tider som redan finns i Sammanträdesrum 3 (först 2027-10-06 10:00); välj en annan lokal eller andra tider, eller ta bort de lediga tiderna först.',
        params: { room: 'Sammanträdesrum 3', count: 2, first: '2027-10-06 10:00' },
      }),
    ]);
  });

  it('REC-6: a booked slot is not removed', () => {
    const [slot] = planInterviewSlots(plan.days, options);
    expect(slotRemovalProblems([slot])).toEqual([
      expect.objectContaining({ code: 'SLOT_BOOKED', rule: 'REC-6', field: 'slotIds', params: { time: '2027-10-06 08:30' } }),
    ]);
  });
});

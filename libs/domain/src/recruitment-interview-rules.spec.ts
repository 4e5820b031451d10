import { ApplicationState, RecruitmentRoundState, SylfRequestedBy } from './recruitment';
import {
  planInterviewSlots,
  schedulingProblems,
  slotGenerationProblems,
  slotOptionProblems,
  slotsOverlap,
  swedishLocalTime,
  swedishMoment,
  sylfAttendanceProblems,
  sylfInviteesCsv,
} from './recruitment-interview-rules';
import { parseCsv } from './recruitment-csv';

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

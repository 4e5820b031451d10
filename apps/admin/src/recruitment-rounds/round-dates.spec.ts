import { validateRoundDates } from './round-dates';

describe('the round form checks the order of its dates before sending (REC-1, REC-6)', () => {
  it('accepts an advert, a later deadline and later interview days', () => {
    expect(validateRoundDates({ advertDate: '2027-09-06', applicationDeadline: '2027-10-04', interviewDays: ['2027-10-11', '2027-10-12'] })).toEqual({});
  });

  it('names the deadline that is not after the advert, and the first interview day that is empty, too early or given twice', () => {
    const check = (interviewDays: (string | null)[]) => validateRoundDates({ advertDate: '2027-09-06', applicationDeadline: '2027-09-06', interviewDays });
    expect(check(['2027-10-11', null])).toEqual({ applicationDeadline: 'recruitment.deadline_after_advert', interviewDays: 'recruitment.interview_day_empty' });
    expect(check(['2027-10-11', '2027-09-01']).interviewDays).toBe('recruitment.interview_after_deadline');
    expect(check(['2027-10-11', '2027-10-11']).interviewDays).toBe('recruitment.interview_day_twice');
  });

  it('asks for at least one interview day', () => {
    expect(validateRoundDates({ advertDate: '2027-09-06', applicationDeadline: '2027-10-04', interviewDays: [] })).toEqual({
      interviewDays: 'recruitment.interview_days_required',
    });
  });
});

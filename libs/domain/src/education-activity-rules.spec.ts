import {
  activityFindings,
  activityProblems,
  activityRangeProblems,
  EducationActivityKind,
  weeksWithoutTeaching,
  type ActivityDraft,
} from './education-activity-rules';

const GOALS = new Set(['BT1', 'BT2', 'BT18']);
const seminar: ActivityDraft = {
  kind: EducationActivityKind.PRIMARY_CARE_SEMINAR,
  title: 'Seminarium: multisjuka äldre',
  date: '2027-03-03', // a Wednesday
  startTime: '13:00',
  endTime: '16:30',
  goalCodes: ['BT1', 'BT18'],
};
const codes = (problems: { code: string; field?: string }[]) => problems.map(({ code, field }) => [code, field]);

describe('education activities (EDU-4, EDU-6)', () => {
  it('accepts an activity with a title, a real date and times, and known goals', () => {
    expect(activityProblems(seminar, GOALS)).toEqual([]);
  });

  it('refuses an empty title, an impossible date, times not HH:MM, an end before the start and unknown goals', () => {
    expect(codes(activityProblems({ ...seminar, title: ' ', date: '2027-02-30', startTime: '25:00', endTime: '9.00', goalCodes: ['BT19'] }, GOALS))).toEqual([
      ['TEXT_REQUIRED', 'input.title'],
      ['DATE_INVALID', 'input.date'],
      ['TIME_INVALID', 'input.startTime'],
      ['TIME_INVALID', 'input.endTime'],
      ['ACTIVITY_GOAL_UNKNOWN', 'input.goalCodes'],
    ]);
    expect(codes(activityProblems({ ...seminar, startTime: '14:00', endTime: '14:00' }, GOALS))).toEqual([['ACTIVITY_ENDS_BEFORE_START', 'input.endTime']]);
  });

  it('EDU-6: warns about a primary-care seminar that is not on a Wednesday afternoon', () => {
    expect(activityFindings(seminar)).toEqual([]);
    expect(activityFindings({ ...seminar, date: '2027-03-04' }).map((finding) => [finding.code, finding.rule])).toEqual([
      ['SEMINAR_NOT_WEDNESDAY_AFTERNOON', 'EDU-6'],
    ]);
    expect(activityFindings({ ...seminar, startTime: '09:00', endTime: '11:00' }).map((finding) => finding.code)).toEqual(['SEMINAR_NOT_WEDNESDAY_AFTERNOON']);
  });

  it('EDU-6: warns about an introduction outside the first four weeks of BT', () => {
    const introduction = { ...seminar, kind: EducationActivityKind.INTRODUCTION, date: '2027-02-28' };
    expect(activityFindings(introduction, '2027-02-01')).toEqual([]);
    expect(activityFindings({ ...introduction, date: '2027-03-01' }, '2027-02-01').map((finding) => [finding.code, finding.params])).toEqual([
      ['INTRODUCTION_OUTSIDE_FIRST_WEEKS', { date: '2027-03-01', btStart: '2027-02-01', lastDay: '2027-02-28' }],
    ]);
    expect(activityFindings({ ...introduction, date: '2027-01-31' }, '2027-02-01')).toHaveLength(1);
    expect(activityFindings({ ...introduction, date: '2027-03-01' })).toEqual([]);
  });

  it('EDU-4: lists the weeks without AT/BT teaching, by their Mondays', () => {
    const teaching = (date: string) => ({ kind: EducationActivityKind.AT_BT_TEACHING, date });
    const activities = [teaching('2027-03-04'), teaching('2027-03-17'), { kind: EducationActivityKind.COURSE, date: '2027-03-10' }];
    expect(weeksWithoutTeaching(activities, '2027-03-03', '2027-03-24')).toEqual(['2027-03-08', '2027-03-22']);
    expect(weeksWithoutTeaching([], '2027-03-01', '2027-03-01')).toEqual(['2027-03-01']);
  });

  it('limits a listing to real dates in order, at most 400 days', () => {
    expect(activityRangeProblems('2027-01-01', '2027-12-31')).toEqual([]);
    expect(codes(activityRangeProblems('2027-13-01', 'x'))).toEqual([
      ['DATE_INVALID', 'from'],
      ['DATE_INVALID', 'to'],
    ]);
    expect(codes(activityRangeProblems('2027-02-01', '2027-01-01'))).toEqual([['ACTIVITY_RANGE_REVERSED', 'to']]);
    expect(codes(activityRangeProblems('2027-01-01', '2028-03-01'))).toEqual([['ACTIVITY_RANGE_TOO_LONG', 'to']]);
  });
});

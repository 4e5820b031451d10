import {
  absenceDecisionProblems,
  AbsenceDecisionRoute,
  absenceDecisionRoute,
  absenceDraftProblems,
  AbsenceKind,
  absencePeriods,
  AbsenceStatus,
  absenceWarnings,
  isHealthAbsence,
  rehabilitationPlanProblems,
  sickLeaveFlags,
  sickLeaveRuleConfig,
  type AbsenceRecordFacts,
} from './absence-rules';

const employment = { employmentStart: '2026-01-12', employmentEnd: '2027-01-11' };
const record = (
  kind: AbsenceKind,
  startDate: string,
  endDate: string,
  status = AbsenceStatus.APPROVED,
  percent = 100,
  id = `${kind}-${startDate}`,
): AbsenceRecordFacts => ({
  id,
  kind,
  startDate,
  endDate,
  status,
  percent,
});
const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('absence applications (ABS-3, ABS-8, ABS-9, ABS-12)', () => {
  it('accepts whole and part days within the employment', () => {
    expect(absenceDraftProblems({ kind: AbsenceKind.VACATION, startDate: '2026-07-06', endDate: '2026-08-02', percent: 100 }, employment, [])).toEqual([]);
    expect(absenceDraftProblems({ kind: AbsenceKind.PARENTAL_LEAVE, startDate: '2026-09-01', endDate: '2026-10-31', percent: 25 }, employment, [])).toEqual([]);
  });

  it('refuses reversed or invalid dates, a per cent outside 1–100 and days outside the employment', () => {
    expect(codes(absenceDraftProblems({ kind: AbsenceKind.VACATION, startDate: '2026-07-06', endDate: '2026-07-01', percent: 100 }, employment, []))).toEqual([
      'ABSENCE_DATES_REVERSED',
    ]);
    expect(codes(absenceDraftProblems({ kind: AbsenceKind.VACATION, startDate: '2026-02-30', endDate: '2026-07-01', percent: 0 }, employment, []))).toEqual([
      'INVALID_DATE',
      'ABSENCE_PERCENT_OUT_OF_RANGE',
    ]);
    expect(codes(absenceDraftProblems({ kind: AbsenceKind.VACATION, startDate: '2027-01-04', endDate: '2027-01-15', percent: 100 }, employment, []))).toEqual([
      'ABSENCE_OUTSIDE_EMPLOYMENT',
    ]);
    expect(codes(absenceDraftProblems({ kind: AbsenceKind.VACATION, startDate: '2026-03-02', endDate: '2026-03-02', percent: 50.5 }, employment, []))).toEqual([
      'ABSENCE_PERCENT_OUT_OF_RANGE',
    ]);
  });

  it('refuses more than full time on a day together with applied and approved absence; refused and withdrawn ones do not count', () => {
    const others = [
      record(AbsenceKind.PARENTAL_LEAVE, '2026-09-01', '2026-09-30', AbsenceStatus.APPROVED, 50),
      record(AbsenceKind.VACATION, '2026-09-14', '2026-09-18', AbsenceStatus.REFUSED),
      record(AbsenceKind.VACATION, '2026-09-21', '2026-09-25', AbsenceStatus.WITHDRAWN),
    ];
    expect(absenceDraftProblems({ kind: AbsenceKind.VACATION, startDate: '2026-09-14', endDate: '2026-09-25', percent: 50 }, employment, others)).toEqual([]);
    const clash = absenceDraftProblems({ kind: AbsenceKind.VACATION, startDate: '2026-08-31', endDate: '2026-09-04', percent: 60 }, employment, others);
    expect(clash).toMatchObject([{ code: 'ABSENCE_OVERLAPS', params: { date: '2026-09-01', taken: 50 } }]);
  });

  it('ABS-8: parental leave applied for less than 3 months ahead gives a warning, 3 months or more none', () => {
    const short = absenceWarnings({ kind: AbsenceKind.PARENTAL_LEAVE, startDate: '2026-12-01' }, '2026-09-02');
    expect(short).toMatchObject([{ code: 'PARENTAL_LEAVE_SHORT_NOTICE', rule: 'ABS-8', params: { appliedOn: '2026-09-02', startDate: '2026-12-01' } }]);
    expect(absenceWarnings({ kind: AbsenceKind.PARENTAL_LEAVE, startDate: '2026-12-02' }, '2026-09-02')).toEqual([]);
    expect(absenceWarnings({ kind: AbsenceKind.VACATION, startDate: '2026-09-03' }, '2026-09-02')).toEqual([]);
  });

  it('ABS-9, ABS-12: leave of absence, research leave and external courses warn that the Director decides', () => {
    expect(codes(absenceWarnings({ kind: AbsenceKind.LEAVE_OF_ABSENCE, startDate: '2026-12-01' }, '2026-06-01'))).toEqual([
      'LEAVE_OF_ABSENCE_NOT_GRANTED_GENERALLY',
    ]);
    expect(codes(absenceWarnings({ kind: AbsenceKind.RESEARCH_LEAVE, startDate: '2026-12-01' }, '2026-06-01'))).toEqual(['DIRECTOR_APPROVAL_UNPAID']);
    expect(codes(absenceWarnings({ kind: AbsenceKind.EXTERNAL_COURSE, startDate: '2026-12-01' }, '2026-06-01'))).toEqual(['DIRECTOR_APPROVAL_UNPAID']);
  });

  it('ABS-3: the head of unit decides, for private primary care payroll registers the head’s decision; ABS-9, ABS-12: the Director', () => {
    expect(absenceDecisionRoute(AbsenceKind.VACATION, false)).toBe(AbsenceDecisionRoute.HEAD_OF_UNIT);
    expect(absenceDecisionRoute(AbsenceKind.SICK_LEAVE, true)).toBe(AbsenceDecisionRoute.PAYROLL_FOR_HEAD_OF_UNIT);
    expect(absenceDecisionRoute(AbsenceKind.LEAVE_OF_ABSENCE, false)).toBe(AbsenceDecisionRoute.DIRECTOR);
    expect(absenceDecisionRoute(AbsenceKind.RESEARCH_LEAVE, true)).toBe(AbsenceDecisionRoute.DIRECTOR);
    expect(absenceDecisionRoute(AbsenceKind.EXTERNAL_COURSE, false)).toBe(AbsenceDecisionRoute.DIRECTOR);
  });

  it('a refusal needs a reason; only an applied absence is decided', () => {
    const applied = record(AbsenceKind.VACATION, '2026-07-06', '2026-07-10', AbsenceStatus.APPLIED);
    expect(absenceDecisionProblems(applied, { approve: true }, 0)).toEqual([]);
    expect(codes(absenceDecisionProblems(applied, { approve: false, reason: ' ' }, 0))).toEqual(['ABSENCE_REASON_REQUIRED']);
    expect(absenceDecisionProblems(applied, { approve: false, reason: 'Bemanningen under veckan räcker inte.' }, 0)).toEqual([]);
    expect(codes(absenceDecisionProblems({ ...applied, status: AbsenceStatus.APPROVED }, { approve: true }, 0))).toEqual(['ABSENCE_NOT_APPLIED']);
  });

  it('ABS-9: leave of absence is approved only with a reason (the Director’s individual decision)', () => {
    const leave = record(AbsenceKind.LEAVE_OF_ABSENCE, '2026-10-05', '2026-10-09', AbsenceStatus.APPLIED);
    expect(absenceDecisionProblems(leave, { approve: true }, 5)).toMatchObject([{ code: 'ABSENCE_REASON_REQUIRED', rule: 'ABS-9' }]);
    expect(absenceDecisionProblems(leave, { approve: true, reason: 'Flytt efter makes tjänst, prövat individuellt.' }, 5)).toEqual([]);
  });

  it('ABS-12: research leave needs a reason; an external course that would extend BT is refused', () => {
    const research = record(AbsenceKind.RESEARCH_LEAVE, '2026-10-05', '2026-10-09', AbsenceStatus.APPLIED);
    expect(absenceDecisionProblems(research, { approve: true }, 5)).toMatchObject([{ code: 'ABSENCE_REASON_REQUIRED', rule: 'ABS-12' }]);
    expect(absenceDecisionProblems(research, { approve: true, reason: 'Pågående projekt med färdig plan.' }, 5)).toEqual([]);
    const course = record(AbsenceKind.EXTERNAL_COURSE, '2026-10-05', '2026-10-09', AbsenceStatus.APPLIED);
    expect(absenceDecisionProblems(course, { approve: true, reason: 'Ultraljudskurs.' }, 5)).toMatchObject([
      { code: 'EXTERNAL_COURSE_RISKS_EXTENSION', rule: 'ABS-12', params: { days: 5 } },
    ]);
    expect(absenceDecisionProblems(course, { approve: true, reason: 'Ultraljudskurs.' }, 0)).toEqual([]);
    expect(absenceDecisionProblems(course, { approve: false, reason: 'Risk för förlängning.' }, 5)).toEqual([]);
  });

  it('never names rule ids or API arguments in a message', () => {
    const problems = [
      ...absenceDraftProblems({ kind: AbsenceKind.VACATION, startDate: '2027-01-04', endDate: '2027-01-15', percent: 0 }, employment, []),
      ...absenceWarnings({ kind: AbsenceKind.PARENTAL_LEAVE, startDate: '2026-12-01' }, '2026-11-02'),
      ...absenceDecisionProblems(record(AbsenceKind.EXTERNAL_COURSE, '2026-10-05', '2026-10-09', AbsenceStatus.APPLIED), { approve: true }, 3),
    ];
    for (const { message } of problems) expect(message).not.toMatch(/ABS-\d|percent|startDate|endDate|reason\b/);
  });
});

describe('sick leave as health data (ABS-10, ABS-11)', () => {
  it('sick leave and VAB are health data, other kinds are not', () => {
    expect(isHealthAbsence(AbsenceKind.SICK_LEAVE)).toBe(true);
    expect(isHealthAbsence(AbsenceKind.CARE_OF_SICK_CHILD)).toBe(true);
    expect(isHealthAbsence(AbsenceKind.PARENTAL_LEAVE)).toBe(false);
  });

  it('merges adjacent and overlapping records into periods', () => {
    const periods = absencePeriods(
      [
        record(AbsenceKind.SICK_LEAVE, '2026-03-05', '2026-03-06'),
        record(AbsenceKind.SICK_LEAVE, '2026-03-02', '2026-03-04'),
        record(AbsenceKind.SICK_LEAVE, '2026-03-09', '2026-03-09'),
        record(AbsenceKind.SICK_LEAVE, '2026-03-10', '2026-03-10', AbsenceStatus.REFUSED),
      ],
      [AbsenceKind.SICK_LEAVE],
    );
    expect(periods).toEqual([
      { startDate: '2026-03-02', endDate: '2026-03-06', days: 5 },
      { startDate: '2026-03-09', endDate: '2026-03-09', days: 1 },
    ]);
  });

  const sixShortPeriods = ['2026-01-19', '2026-03-02', '2026-04-13', '2026-06-08', '2026-08-24', '2026-10-12'].map((day, i) =>
    record(AbsenceKind.SICK_LEAVE, day, day, AbsenceStatus.APPROVED, 100, `s${i}`),
  );

  it('ABS-11: 6 short sick-leave periods within 12 months are flagged, 5 are not (the default rule)', () => {
    expect(sickLeaveFlags(sixShortPeriods, '2026-11-22')).toEqual({ shortTermPeriods: 6, repeatedShortTermSickLeave: true, longTermPeriod: null });
    expect(sickLeaveFlags(sixShortPeriods.slice(1), '2026-11-22')).toMatchObject({ shortTermPeriods: 5, repeatedShortTermSickLeave: false });
    // a year later the first has left the window
    expect(sickLeaveFlags(sixShortPeriods, '2027-01-20')).toMatchObject({ shortTermPeriods: 5, repeatedShortTermSickLeave: false });
  });

  it('ABS-11: VAB is not counted as sick leave; the rule is configurable', () => {
    const vab = sixShortPeriods.map((absence) => ({ ...absence, kind: AbsenceKind.CARE_OF_SICK_CHILD }));
    expect(sickLeaveFlags(vab, '2026-11-22').repeatedShortTermSickLeave).toBe(false);
    const config = sickLeaveRuleConfig({ repeatedPeriods: 3, repeatedWindowMonths: 6 });
    expect(config).toEqual({ repeatedPeriods: 3, repeatedWindowMonths: 6, longTermDays: 60 });
    expect(sickLeaveFlags(sixShortPeriods, '2026-11-22', config)).toMatchObject({ shortTermPeriods: 3, repeatedShortTermSickLeave: true });
    expect(sickLeaveRuleConfig({ repeatedPeriods: 0, longTermDays: Number.NaN })).toEqual({ repeatedPeriods: 6, repeatedWindowMonths: 12, longTermDays: 60 });
  });

  it('ABS-10: a continuous sick-leave or VAB period of the threshold or more is long-term absence', () => {
    const long = [record(AbsenceKind.SICK_LEAVE, '2026-03-01', '2026-03-31'), record(AbsenceKind.CARE_OF_SICK_CHILD, '2026-04-01', '2026-04-29')];
    expect(sickLeaveFlags(long, '2026-11-22').longTermPeriod).toEqual({ startDate: '2026-03-01', endDate: '2026-04-29', days: 60 });
    expect(sickLeaveFlags(long.slice(0, 1), '2026-11-22').longTermPeriod).toBeNull();
    expect(sickLeaveFlags(long.slice(0, 1), '2026-11-22', sickLeaveRuleConfig({ longTermDays: 30 })).longTermPeriod).toMatchObject({ days: 31 });
  });

  it('ABS-10: a rehabilitation plan names at least two participants', () => {
    expect(rehabilitationPlanProblems({ participants: ['HR', 'AT/BT-chef', 'BT-läkaren'] })).toEqual([]);
    expect(codes(rehabilitationPlanProblems({ participants: ['HR', ' '] }))).toEqual(['REHABILITATION_PARTICIPANTS_REQUIRED']);
  });
});

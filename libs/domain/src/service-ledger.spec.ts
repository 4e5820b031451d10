import { AbsenceKind, type AbsencePeriod } from './absence-rules';
import { employmentEndDate } from './cohort';
import { projectAbsence, serviceLedger } from './service-ledger';

const absence = (kind: AbsenceKind, startDate: string, endDate: string, percent = 100): AbsencePeriod => ({ kind, startDate, endDate, percent });

describe('service ledger (ABS-1, ABS-2)', () => {
  const start = '2026-01-12';
  const end = employmentEndDate(start); // 2027-01-11
  const base = { employmentStart: start, employmentEnd: end, today: '2026-11-22', absences: [] as AbsencePeriod[] };

  it('ABS-1: without absence 12 months of service are reached on the last day of a 12-month employment', () => {
    const ledger = serviceLedger(base);
    expect(ledger.requiredDays).toBe(365);
    expect(ledger.twelveMonthsReachedOn).toBe(end);
    expect(ledger.extensionDays).toBe(0);
    expect(ledger.serviceDaysInEmployment).toBe(365);
    expect(ledger.serviceDaysToDate).toBe(315); // 2026-01-12 … 2026-11-22
    expect(ledger.sixMonthMinimumReachedOn).toBe('2026-07-11');
    expect(ledger.sixMonthMinimumMet).toBe(true);
    expect(ledger.extensionPlanNeeded).toBe(false);
  });

  it('ABS-1: leap years: 12 months over 29 February 2028 are 366 days, the minimum over it 182', () => {
    const leapStart = '2027-09-01';
    const ledger = serviceLedger({ employmentStart: leapStart, employmentEnd: employmentEndDate(leapStart), today: '2027-09-01', absences: [] });
    expect(ledger.requiredDays).toBe(366);
    expect(ledger.twelveMonthsReachedOn).toBe('2028-08-31');
    expect(ledger.minimumDays).toBe(182);
    const afterLeap = serviceLedger({ employmentStart: '2028-03-01', employmentEnd: employmentEndDate('2028-03-01'), today: '2028-03-01', absences: [] });
    expect(afterLeap.requiredDays).toBe(365);
  });

  it('ABS-1: a leap day of parental leave moves the 12 months one day', () => {
    const leapStart = '2027-09-01';
    const ledger = serviceLedger({
      employmentStart: leapStart,
      employmentEnd: employmentEndDate(leapStart),
      today: '2027-09-01',
      absences: [absence(AbsenceKind.PARENTAL_LEAVE, '2028-02-29', '2028-02-29')],
    });
    expect(ledger.nonServiceDays).toBe(1);
    expect(ledger.twelveMonthsReachedOn).toBe('2028-09-01');
    expect(ledger.extensionDays).toBe(1);
  });

  it('ABS-2: vacation and on-call compensation leave count as service', () => {
    const ledger = serviceLedger({
      ...base,
      absences: [absence(AbsenceKind.VACATION, '2026-07-06', '2026-08-02'), absence(AbsenceKind.ON_CALL_COMPENSATION_LEAVE, '2026-09-14', '2026-09-18')],
      placements: [{ id: 'p1', startDate: '2026-07-01', endDate: '2026-09-30' }],
    });
    expect(ledger.twelveMonthsReachedOn).toBe(end);
    expect(ledger.nonServiceDays).toBe(0);
    expect(ledger.placements).toEqual([{ placementId: 'p1', absenceDays: 33, nonServiceDays: 0, serviceDays: 92 }]);
  });

  it('ABS-8: parental leave does not count: 30 days push the 12 months 30 days past the end, with a plan for extension', () => {
    const ledger = serviceLedger({ ...base, absences: [absence(AbsenceKind.PARENTAL_LEAVE, '2026-12-01', '2026-12-30')] });
    expect(ledger.nonServiceDays).toBe(30);
    expect(ledger.serviceDaysInEmployment).toBe(335);
    expect(ledger.extensionDays).toBe(30);
    expect(ledger.twelveMonthsReachedOn).toBe('2027-02-10');
    expect(ledger.serviceDaysToDate).toBe(315); // the leave is still ahead
    expect(ledger.extensionPlanNeeded).toBe(true);
    expect(ledger.extensionPlanReasons).toEqual([AbsenceKind.PARENTAL_LEAVE]);
  });

  it('ABS-8: part days count by per cent: 50 % parental leave for 20 days is 10 days', () => {
    const ledger = serviceLedger({ ...base, absences: [absence(AbsenceKind.PARENTAL_LEAVE, '2026-10-01', '2026-10-20', 50)] });
    expect(ledger.nonServiceDays).toBe(10);
    expect(ledger.extensionDays).toBe(10);
    expect(ledger.serviceDaysToDate).toBe(305);
  });

  it('part days: 25 % a day reaches a whole day after four days, never more than full time on one day', () => {
    const quarter = serviceLedger({ ...base, absences: [absence(AbsenceKind.LEAVE_OF_ABSENCE, '2026-10-01', '2026-10-03', 25)] });
    expect(quarter.nonServiceDays).toBe(0.75);
    // 0.75 of a day: the 365th day of credit is reached one day later
    expect(quarter.extensionDays).toBe(1);
    const overfull = serviceLedger({
      ...base,
      absences: [absence(AbsenceKind.PARENTAL_LEAVE, '2026-10-01', '2026-10-01', 80), absence(AbsenceKind.RESEARCH_LEAVE, '2026-10-01', '2026-10-01', 80)],
    });
    expect(overfull.nonServiceDays).toBe(1);
  });

  it('ABS-10: sick leave of reasonable length counts; long-term sick leave does not and calls for a plan', () => {
    const short = serviceLedger({ ...base, absences: [absence(AbsenceKind.SICK_LEAVE, '2026-03-02', '2026-03-06')] });
    expect(short.nonServiceDays).toBe(0);
    expect(short.extensionPlanNeeded).toBe(false);
    // two records back to back make one period of 70 days
    const long = serviceLedger({
      ...base,
      absences: [absence(AbsenceKind.SICK_LEAVE, '2026-03-01', '2026-03-31'), absence(AbsenceKind.SICK_LEAVE, '2026-04-01', '2026-05-09')],
      longTermSickDays: 60,
    });
    expect(long.nonServiceDays).toBe(70);
    expect(long.extensionDays).toBe(70);
    expect(long.extensionPlanReasons).toEqual([AbsenceKind.SICK_LEAVE]);
    const configured = serviceLedger({ ...base, absences: [absence(AbsenceKind.CARE_OF_SICK_CHILD, '2026-03-02', '2026-03-15')], longTermSickDays: 14 });
    expect(configured.extensionPlanReasons).toEqual([AbsenceKind.CARE_OF_SICK_CHILD]);
    expect(configured.nonServiceDays).toBe(14);
  });

  it('ABS-1: the 6-month minimum is not met when absence that does not count takes more than half the employment', () => {
    const ledger = serviceLedger({ ...base, absences: [absence(AbsenceKind.PARENTAL_LEAVE, '2026-03-01', '2026-12-31')] });
    expect(ledger.sixMonthMinimumMet).toBe(false);
    expect(ledger.sixMonthMinimumReachedOn > end).toBe(true);
  });

  it('ABS-2: per placement, absence days of all kinds and those that do not count', () => {
    const ledger = serviceLedger({
      ...base,
      absences: [absence(AbsenceKind.VACATION, '2026-02-02', '2026-02-06'), absence(AbsenceKind.PARENTAL_LEAVE, '2026-02-09', '2026-02-13', 50)],
      placements: [
        { id: 'a', startDate: '2026-01-12', endDate: '2026-02-08' },
        { id: 'b', startDate: '2026-02-09', endDate: '2026-03-08' },
      ],
    });
    expect(ledger.placements).toEqual([
      { placementId: 'a', absenceDays: 5, nonServiceDays: 0, serviceDays: 28 },
      { placementId: 'b', absenceDays: 2.5, nonServiceDays: 2.5, serviceDays: 25.5 },
    ]);
  });

  it('ABS-12: the projection of a proposed research leave shows how far the 12 months move', () => {
    const projection = projectAbsence(base, absence(AbsenceKind.RESEARCH_LEAVE, '2026-12-07', '2026-12-11'));
    expect(projection.before.twelveMonthsReachedOn).toBe(end);
    expect(projection.after.twelveMonthsReachedOn).toBe('2027-01-16');
    expect(projection.daysLater).toBe(5);
    const vacation = projectAbsence(base, absence(AbsenceKind.VACATION, '2026-12-07', '2026-12-11'));
    expect(vacation.daysLater).toBe(0);
  });
});

describe('service ledger: external courses (ABS-12)', () => {
  it('ABS-12: an approved external course counts as service; it cannot move the 12 months', () => {
    const start = '2026-01-12';
    const ledger = serviceLedger({
      employmentStart: start,
      employmentEnd: employmentEndDate(start),
      today: '2026-11-22',
      absences: [absence(AbsenceKind.EXTERNAL_COURSE, '2026-12-07', '2026-12-11')],
    });
    expect(ledger.nonServiceDays).toBe(0);
    expect(ledger.extensionDays).toBe(0);
  });
});

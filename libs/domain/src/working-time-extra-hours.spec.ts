import {
  averageWeekWarnings,
  capProjection,
  capProjectionText,
  dailyRestWarnings,
  elapsedMonthsOf,
  extraHoursProblems,
  extraHoursPlanProblems,
  lastCompletedQuarter,
  projectedCapMonth,
  reconciliationProblems,
  quarterHasEnded,
  quarterMonths,
  quarterOfMonth,
  quarterSums,
  type MonthMinutes,
} from './working-time-extra-hours';

const h = (hours: number) => hours * 60;
const months = (year: number, hours: number[]): MonthMinutes[] =>
  hours.map((value, i) => ({ month: `${year}-${String(i + 1).padStart(2, '0')}`, minutes: h(value) }));

describe('ABS-6 extra hours: quarters', () => {
  it('ABS-6: a month belongs to its calendar quarter, and a quarter has three months', () => {
    expect(['2026-01', '2026-03', '2026-04', '2026-09', '2026-10', '2026-12'].map(quarterOfMonth)).toEqual([1, 1, 2, 3, 4, 4]);
    expect(quarterMonths({ year: 2026, quarter: 4 })).toEqual(['2026-10', '2026-11', '2026-12']);
  });

  it('ABS-6: the last completed quarter is the one before today’s; in January the previous year’s fourth', () => {
    expect(lastCompletedQuarter('2026-04-01')).toEqual({ year: 2026, quarter: 1 });
    expect(lastCompletedQuarter('2026-12-31')).toEqual({ year: 2026, quarter: 3 });
    expect(lastCompletedQuarter('2027-01-02')).toEqual({ year: 2026, quarter: 4 });
    expect(quarterHasEnded({ year: 2026, quarter: 3 }, '2026-10-01')).toBe(true);
    expect(quarterHasEnded({ year: 2026, quarter: 4 }, '2026-12-31')).toBe(false);
    expect(quarterHasEnded({ year: 2025, quarter: 4 }, '2026-02-01')).toBe(true);
  });

  it('ABS-6: sums each quarter of the year and alerts at 60 h (not at 59.75), leaving other years out', () => {
    const data = [...months(2026, [20, 20, 20, 20, 20, 19.75, 0, 0, 0, 30, 0, 0]), { month: '2025-12', minutes: h(100) }];
    expect(quarterSums(2026, data)).toEqual([
      { quarter: 1, minutes: h(60), overAlert: true },
      { quarter: 2, minutes: h(59.75), overAlert: false },
      { quarter: 3, minutes: 0, overAlert: false },
      { quarter: 4, minutes: h(30), overAlert: false },
    ]);
  });
});

describe('ABS-6 extra hours: the 250 h cap and its projection', () => {
  it('ABS-6: at 30 h a month through May the cap is reached in September ("taket nås i september")', () => {
    const projection = capProjection(2026, months(2026, [30, 30, 30, 30, 30]), 5);
    expect(projection).toEqual({ yearMinutes: h(150), capReached: false, monthlyRateMinutes: h(30), capMonth: 9 });
    expect(capProjectionText(projection)).toBe('I nuvarande takt nås taket på 250 timmar i september.');
  });

  it('ABS-6: exactly on the cap at the end of a month projects that month', () => {
    expect(capProjection(2026, months(2026, [50, 50]), 2).capMonth).toBe(5);
  });

  it('ABS-6: a year already over 250 h names the month it was reached', () => {
    const projection = capProjection(2026, months(2026, [100, 100, 60]), 3);
    expect(projection).toMatchObject({ yearMinutes: h(260), capReached: true, capMonth: 3 });
    expect(capProjectionText(projection)).toBe('Taket på 250 timmar nåddes i mars.');
  });

  it('ABS-6: a slow rate or no hours does not reach the cap within the year', () => {
    expect(capProjection(2026, months(2026, [10, 10, 10]), 3)).toMatchObject({ capMonth: null, capReached: false });
    expect(capProjection(2026, [], 6)).toEqual({ yearMinutes: 0, capReached: false, monthlyRateMinutes: 0, capMonth: null });
    expect(capProjectionText(capProjection(2026, [], 6))).toBeNull();
  });

  it('ABS-6: the rate is taken over the months ended or reported, every month of an earlier year', () => {
    const data = months(2026, [20, 20, 20, 20]);
    expect(elapsedMonthsOf(2026, data, '2026-03-15')).toBe(4); // April reported early
    expect(elapsedMonthsOf(2026, data.slice(0, 1), '2026-07-01')).toBe(6);
    expect(elapsedMonthsOf(2025, data, '2026-07-01')).toBe(12);
    expect(elapsedMonthsOf(2026, [], '2026-01-10')).toBe(1);
  });
});

describe('Working Hours Act warnings beside ABS-6 (EMP-4 baseline)', () => {
  it('EMP-4, ABS-6: warns when 40 h a week plus the extra hours average over 48 h across four months', () => {
    // January–April 2026: 120 days, 17.14 weeks; 8 h a week extra is 137.1 h
    expect(averageWeekWarnings(months(2026, [35, 35, 35, 32]))).toEqual([]);
    const warnings = averageWeekWarnings(months(2026, [40, 40, 40, 40]));
    expect(warnings).toEqual([expect.objectContaining({ code: 'AVERAGE_WEEK_OVER_48', from: '2026-01-01', to: '2026-04-30' })]); // February–May hold only 120 h (May unreported): 47 h a week
    expect(warnings[0].message).toContain('49,3 timmar i veckan');
  });

  it('daily rest: warns about a rest under 11 hours between two worked periods, given daily data', () => {
    const warnings = dailyRestWarnings([
      { start: '2026-03-02T08:00', end: '2026-03-02T17:00' },
      { start: '2026-03-03T07:30', end: '2026-03-03T21:00' },
      { start: '2026-03-04T06:00', end: '2026-03-04T16:00' },
    ]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'DAILY_REST_UNDER_11', from: '2026-03-03', to: '2026-03-04' })]);
    expect(warnings[0].message).toContain('9 timmar');
  });
});

describe('ABS-6 extra hours as entered', () => {
  const employment = { employmentStart: '2026-01-12', employmentEnd: '2027-01-11' };

  it('ABS-6: accepts a month of the employment in quarter hours', () => {
    expect(extraHoursProblems({ month: '2026-01', hours: 12.25 }, employment)).toEqual([]);
    expect(extraHoursProblems({ month: '2027-01', hours: 0 }, employment)).toEqual([]);
  });

  it('ABS-6: refuses a malformed month, a month outside the employment and hours that are not quarter hours', () => {
    expect(extraHoursProblems({ month: '2026-13', hours: 1 }).map((p) => p.code)).toEqual(['EXTRA_HOURS_MONTH_INVALID']);
    expect(extraHoursProblems({ month: '2025-12', hours: 1 }, employment).map((p) => [p.code, p.rule, p.field])).toEqual([
      ['EXTRA_HOURS_OUTSIDE_EMPLOYMENT', 'ABS-6', 'month'],
    ]);
    for (const hours of [-1, 1.1, 745, Number.NaN]) expect(extraHoursProblems({ month: '2026-02', hours }).map((p) => p.code)).toEqual(['EXTRA_HOURS_INVALID']);
  });
});

describe('ABS-6 the quarterly reconciliation and the Director’s plan', () => {
  it('ABS-6: the projection from a sum so far is the same as from the months (on course for 250 h when sum × 12 / months ≥ 250 h)', () => {
    expect(projectedCapMonth(h(150), 5)).toBe(9);
    expect(projectedCapMonth(h(62.5), 3)).toBe(12);
    expect(projectedCapMonth(h(62.25), 3)).toBeNull();
    expect(projectedCapMonth(h(250), 6)).toBe(6);
    expect(projectedCapMonth(0, 3)).toBeNull();
  });

  it('ABS-6: a quarter is reconciled once it has ended, and must be 1–4', () => {
    expect(reconciliationProblems({ year: 2026, quarter: 3 }, '2026-10-01')).toEqual([]);
    expect(reconciliationProblems({ year: 2026, quarter: 4 }, '2026-12-31').map((p) => p.code)).toEqual(['EXTRA_HOURS_QUARTER_NOT_ENDED']);
    expect(reconciliationProblems({ year: 2026, quarter: 5 }, '2027-10-01').map((p) => p.code)).toEqual(['QUARTER_INVALID']);
  });

  it('ABS-6: the plan needs a text and a day not after today', () => {
    expect(extraHoursPlanProblems({ plan: 'Färre jourpass i oktober', plannedOn: '2026-10-05' }, '2026-10-05')).toEqual([]);
    expect(extraHoursPlanProblems({ plan: '  ', plannedOn: '2026-10-06' }, '2026-10-05').map((p) => p.code)).toEqual([
      'EXTRA_HOURS_PLAN_TEXT_INVALID',
      'EXTRA_HOURS_PLAN_IN_FUTURE',
    ]);
  });
});

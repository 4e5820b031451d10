import { calendarMonths, gridMonthsProblems, MAX_GRID_MONTHS, monthsSpanned, overlapsMonth, startOfMonth } from './month-grid';

describe('months of a block schedule and a capacity view (EDU-5, EDU-2)', () => {
  it('EDU-5: counts calendar months from the month a date lies in, across years and February', () => {
    expect(startOfMonth('2027-01-18')).toBe('2027-01-01');
    expect(calendarMonths('2026-11-22', 4)).toEqual([
      { start: '2026-11-01', end: '2026-11-30' },
      { start: '2026-12-01', end: '2026-12-31' },
      { start: '2027-01-01', end: '2027-01-31' },
      { start: '2027-02-01', end: '2027-02-28' },
    ]);
    expect(calendarMonths('2028-02-29', 1)).toEqual([{ start: '2028-02-01', end: '2028-02-29' }]);
  });

  it('EDU-2: a placement counts in every month it has a day in, and only those', () => {
    const [december, january, february] = calendarMonths('2026-12-01', 3);
    const placement = { startDate: '2026-12-31', endDate: '2027-01-31' };
    expect(overlapsMonth(placement, december)).toBe(true);
    expect(overlapsMonth(placement, january)).toBe(true);
    expect(overlapsMonth(placement, february)).toBe(false);
  });

  it('EDU-5: a schedule spans the months from its first period to its last, capped at two years', () => {
    expect(monthsSpanned([])).toEqual([]);
    const months = monthsSpanned([
      { startDate: '2027-03-01', endDate: '2027-04-30' },
      { startDate: '2027-01-18', endDate: '2027-02-28' },
      { startDate: '2027-12-01', endDate: '2028-01-17' },
    ]);
    expect(months.map((month) => month.start)).toEqual(calendarMonths('2027-01-01', 13).map((month) => month.start));
    expect(monthsSpanned([{ startDate: '2027-01-01', endDate: '2031-12-31' }])).toHaveLength(MAX_GRID_MONTHS);
  });

  it('EDU-5: asks for 1–24 months, naming the field', () => {
    expect(gridMonthsProblems(1)).toEqual([]);
    expect(gridMonthsProblems(MAX_GRID_MONTHS)).toEqual([]);
    for (const months of [0, 25, 1.5]) {
      expect(gridMonthsProblems(months)).toEqual([
        expect.objectContaining({ code: 'MONTHS_OUT_OF_RANGE', rule: 'EDU-5', field: 'months', params: { min: 1, max: 24, months } }),
      ]);
    }
  });
});

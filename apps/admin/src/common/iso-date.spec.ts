/** @jest-environment node */
import { addDays, addMonthsToMonth, isoDateText, isoWeekNumber, monthOf, monthRange, stockholmTime } from './iso-date';

describe('ISO dates', () => {
  it('writes a date the Swedish way (ÅÅÅÅ-MM-DD) or the British way (day first), whatever the time zone', () => {
    expect(isoDateText('2027-09-01', 'sv-SE')).toBe('2027-09-01');
    expect(isoDateText('2027-09-01', 'en-GB')).toBe('01/09/2027');
    expect(isoDateText('2027-12-31', 'en-GB')).toBe('31/12/2027');
  });

  it('writes a moment in Swedish local time, the Swedish or the British way', () => {
    expect(stockholmTime('2026-12-01T00:40:00Z')).toBe('2026-12-01 01:40');
    expect(stockholmTime('2026-07-01T22:05:00Z', 'en-GB')).toBe('02/07/2026, 00:05');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-11-22', 7)).toBe('2026-11-29');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('steps months across years, and names their first and last days', () => {
    expect(monthOf('2026-11-22')).toBe('2026-11');
    expect(addMonthsToMonth('2026-11', 1)).toBe('2026-12');
    expect(addMonthsToMonth('2026-12', 1)).toBe('2027-01');
    expect(addMonthsToMonth('2027-01', -1)).toBe('2026-12');
    expect(monthRange('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('numbers ISO weeks, the first holding the year’s first Thursday', () => {
    expect(isoWeekNumber('2026-11-23')).toBe(48);
    expect(isoWeekNumber('2026-12-28')).toBe(53);
    expect(isoWeekNumber('2027-01-04')).toBe(1);
    expect(isoWeekNumber('2027-01-03')).toBe(53);
    expect(isoWeekNumber('2025-12-29')).toBe(1);
  });
});

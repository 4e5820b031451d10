/** @jest-environment node */
import { addDays } from './iso-date';

describe('ISO dates', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-11-22', 7)).toBe('2026-11-29');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

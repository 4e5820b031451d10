import { termOfDay } from './working-life-operations';

describe('termOfDay', () => {
  it('EMP-5: January–June is VT, July–December HT of the same year', () => {
    expect(termOfDay('2026-01-01')).toBe('VT2026');
    expect(termOfDay('2026-06-30')).toBe('VT2026');
    expect(termOfDay('2026-07-01')).toBe('HT2026');
    expect(termOfDay('2026-12-31')).toBe('HT2026');
  });
});

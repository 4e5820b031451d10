import { extraHoursProblems, onCallBalance, quarterSums } from '@bt/domain';
import { buildSeedData } from './seed-data';

describe('demo working time (ABS-5, ABS-6, ABS-7)', () => {
  const data = buildSeedData();
  const trainee = (id: string) => data.trainees.find((t) => t.id === id)!;

  it('ABS-6: records extra hours only for months of the employment that have ended, valid as HR would enter them, one row per month', () => {
    expect(data.extraHoursMonths.length).toBeGreaterThan(0);
    for (const row of data.extraHoursMonths) {
      expect(extraHoursProblems({ month: row.month, hours: row.minutes / 60 }, trainee(row.traineeId))).toEqual([]);
      expect(row.month < data.asOf.slice(0, 7)).toBe(true);
    }
    expect(new Set(data.extraHoursMonths.map((row) => `${row.traineeId} ${row.month}`)).size).toBe(data.extraHoursMonths.length);
  });

  it('ABS-6: on each site some trainee of the cohort in progress is over the 60 h alert in a quarter, and most are not', () => {
    const over = data.trainees.filter((t) =>
      quarterSums(
        2026,
        data.extraHoursMonths.filter((row) => row.traineeId === t.id),
      ).some((quarter) => quarter.overAlert),
    );
    expect(new Set(over.map((t) => t.siteId))).toEqual(new Set(data.sites.map((s) => s.id)));
    expect(over.length).toBeLessThan(data.trainees.filter((t) => t.employmentStart.startsWith('2026')).length);
  });

  it('ABS-5, ABS-7: every placement that has ended has a flex balance (some clamped at the change) and on-call hours with no more leave taken than earned', () => {
    const ended = data.placements.filter((p) => p.endDate < data.asOf).map((p) => p.id);
    expect(data.flexBalances.map((b) => b.placementId).sort()).toEqual([...ended].sort());
    expect(data.onCallHours.map((b) => b.placementId).sort()).toEqual([...ended].sort());
    expect(data.flexBalances.some((b) => b.closingMinutes > 20 * 60 || b.closingMinutes < -10 * 60)).toBe(true);
    for (const row of data.onCallHours) expect(onCallBalance([row]).leftMinutes).toBeGreaterThanOrEqual(0);
  });
});

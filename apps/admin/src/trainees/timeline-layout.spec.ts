/** @jest-environment node */
import { timelineLayout } from './timeline-layout';

const placements = [
  { id: 'a', kind: 'INTRODUCTION', startDate: '2026-01-12', endDate: '2026-02-11' },
  { id: 'b', kind: 'PRIMARY_CARE', startDate: '2026-09-12', endDate: '2027-01-11' },
];

describe('placement timeline layout', () => {
  it('places each placement as a share of the BT period', () => {
    const { bars } = timelineLayout('2026-01-12', '2027-01-11', placements, '2026-11-22');
    expect(bars[0].left).toBe(0);
    expect(bars[0].width).toBeCloseTo((31 / 365) * 100, 5);
    expect(bars[1].left + bars[1].width).toBeCloseTo(100, 5);
  });

  it('marks today inside the period and leaves it out otherwise', () => {
    expect(timelineLayout('2026-01-12', '2027-01-11', placements, '2026-11-22').todayAt).toBeCloseTo((314 / 365) * 100, 5);
    expect(timelineLayout('2026-01-12', '2027-01-11', placements, '2027-03-01').todayAt).toBeUndefined();
    expect(timelineLayout('2027-01-18', '2028-01-17', [], '2026-11-22').todayAt).toBeUndefined();
  });

  it('draws no marker before the server has said which day it is', () => {
    expect(timelineLayout('2026-01-12', '2027-01-11', placements).todayAt).toBeUndefined();
  });

  it('lays out the calendar months across the period, the first and last cut to it', () => {
    const { months } = timelineLayout('2026-01-12', '2027-01-11', placements);
    expect(months.map((m) => m.month)).toEqual([...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-01`), '2027-01-01']);
    expect(months[0]).toEqual({ month: '2026-01-01', left: 0, width: expect.closeTo((20 / 365) * 100, 5) });
    expect(months[1].left).toBeCloseTo((20 / 365) * 100, 5);
    expect(months.at(-1)!.left + months.at(-1)!.width).toBeCloseTo(100, 5);
    expect(months.reduce((sum, m) => sum + m.width, 0)).toBeCloseTo(100, 5);
  });
});

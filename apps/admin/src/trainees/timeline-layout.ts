export interface TimelinePlacement {
  id: string;
  kind: string;
  startDate: string;
  endDate: string;
  unit?: { name: string } | null;
}

export interface TimelineBar extends TimelinePlacement {
  /** Left edge and width as percentages of the BT period. */
  left: number;
  width: number;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * Places each placement on the BT period (employment start to end, inclusive) as percentages, and
 * today's marker; `todayAt` is undefined when today is not known yet or falls outside the period.
 */
export function timelineLayout(periodStart: string, periodEnd: string, placements: readonly TimelinePlacement[], today?: string) {
  const start = day(periodStart);
  const length = day(periodEnd) + 1 - start;
  const percent = (value: number) => Math.max(0, Math.min(100, ((value - start) / length) * 100));
  const bars: TimelineBar[] = placements.map((placement) => {
    const left = percent(day(placement.startDate));
    return { ...placement, left, width: percent(day(placement.endDate) + 1) - left };
  });
  const now = today ? day(today) : NaN;
  return { bars, todayAt: now >= start && now < start + length ? percent(now) : undefined, months: timelineMonths(periodStart, periodEnd, percent) };
}

export interface TimelineMonth {
  /** The month's first day (YYYY-MM-01), for its label. */
  month: string;
  left: number;
  width: number;
}

/** The calendar months the period touches, each cut to the period, for the scale above the bars. */
function timelineMonths(periodStart: string, periodEnd: string, percent: (value: number) => number): TimelineMonth[] {
  const months: TimelineMonth[] = [];
  let [year, month] = periodStart.split('-').map(Number);
  for (let first = `${periodStart.slice(0, 7)}-01`; first <= periodEnd;) {
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    const next = `${year}-${String(month).padStart(2, '0')}-01`;
    const left = percent(day(first));
    months.push({ month: first, left, width: percent(day(next)) - left });
    first = next;
  }
  return months;
}

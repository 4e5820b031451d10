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
  return { bars, todayAt: now >= start && now < start + length ? percent(now) : undefined };
}

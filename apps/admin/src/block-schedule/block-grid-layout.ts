import { daysBetween, maxDate, minDate } from '@bt/domain/iso-date';
import { monthsSpanned, overlapsMonth, type CalendarMonth } from '@bt/domain/month-grid';

/** A part of a month cell: where in the month the period starts and the share of the month's days it covers. */
export interface CellSegment<P> {
  period: P;
  /** Share of the month (0–1) before the period's first day in it. */
  offset: number;
  /** Share of the month (0–1) the period covers. */
  share: number;
}

/**
 * EDU-5, ABS-4: the block schedule as a grid: the months the rows' periods span (the first period's
 * month to the last's), and per row and month the periods in it with the share of the month each
 * covers (a month split between two placements shows both; days without a period stay empty).
 */
export function blockGrid<P extends { startDate: string; endDate: string }>(rows: readonly { periods: P[] }[]) {
  const months = monthsSpanned(rows.flatMap((row) => row.periods));
  const cells = rows.map((row) => months.map((month) => monthSegments(row.periods, month)));
  return { months, cells };
}

function monthSegments<P extends { startDate: string; endDate: string }>(periods: readonly P[], month: CalendarMonth): CellSegment<P>[] {
  const days = daysBetween(month.start, month.end) + 1;
  return periods
    .filter((period) => overlapsMonth(period, month))
    .map((period) => {
      const first = maxDate(period.startDate, month.start);
      return { period, offset: daysBetween(month.start, first) / days, share: (daysBetween(first, minDate(period.endDate, month.end)) + 1) / days };
    });
}

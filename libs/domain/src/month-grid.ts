import { addDays, addMonths, type IsoDate } from './iso-date';
import { problem, type Problem } from './problem';

// The dashboard imports this file as '@bt/domain/month-grid' (its own entry in package.json, as input-limits).

/** A calendar month of a schedule's grid: its first and last day. */
export interface CalendarMonth {
  /** First day, YYYY-MM-01. */
  start: IsoDate;
  /** Last day (inclusive). */
  end: IsoDate;
}

/** EDU-2, EDU-5: the most months a block schedule or a capacity view spans (two BT years). */
export const MAX_GRID_MONTHS = 24;

/** The first day of the month `date` lies in. */
export function startOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/** `count` consecutive calendar months from the month `from` lies in. */
export function calendarMonths(from: IsoDate, count: number): CalendarMonth[] {
  const first = startOfMonth(from);
  return Array.from({ length: count }, (_, index) => {
    const start = addMonths(first, index);
    return { start, end: addDays(addMonths(start, 1), -1) };
  });
}

/** Whether the period startDate–endDate (inclusive) has at least one day in `month`. */
export function overlapsMonth(period: { startDate: IsoDate; endDate: IsoDate }, month: CalendarMonth): boolean {
  return period.startDate <= month.end && period.endDate >= month.start;
}

/** The months from the first month of the earliest period through the last month of the latest (none without periods), at most MAX_GRID_MONTHS. */
export function monthsSpanned(periods: readonly { startDate: IsoDate; endDate: IsoDate }[]): CalendarMonth[] {
  if (periods.length === 0) return [];
  const first = periods.reduce((min, period) => (period.startDate < min ? period.startDate : min), periods[0].startDate);
  const last = periods.reduce((max, period) => (period.endDate > max ? period.endDate : max), periods[0].endDate);
  const count = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
  return calendarMonths(first, Math.min(count, MAX_GRID_MONTHS));
}

/** MONTHS_OUT_OF_RANGE unless 1–MAX_GRID_MONTHS months are asked for. */
export function gridMonthsProblems(months: number, field = 'months'): Problem[] {
  return Number.isInteger(months) && months >= 1 && months <= MAX_GRID_MONTHS
    ? []
    : [
        problem('MONTHS_OUT_OF_RANGE', `Välj mellan 1 och ${MAX_GRID_MONTHS} månader.`, {
          rule: 'EDU-5',
          field,
          params: { min: 1, max: MAX_GRID_MONTHS, months },
        }),
      ];
}

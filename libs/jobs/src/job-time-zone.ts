import type { IsoDate } from '@bt/domain';

/** Schedules and the day a job runs for are in Swedish time. */
export const JOB_TIME_ZONE = 'Europe/Stockholm';

const DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: JOB_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Stockholm at `instant` (00:15 in Stockholm is still the day before in UTC). */
export function stockholmDate(instant: Date): IsoDate {
  return DAY.format(instant);
}

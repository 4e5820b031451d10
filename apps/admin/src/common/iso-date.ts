/** `days` after an ISO date (YYYY-MM-DD), as an ISO date; calendar arithmetic in UTC, free of time zones. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A calendar date (YYYY-MM-DD) as text in a formatting locale (formattingLocale): Swedish 2027-09-01
 * (ÅÅÅÅ-MM-DD), English 01/09/2027 (day first, as an en-GB browser's date inputs show it); free of time zones.
 */
export function isoDateText(isoDate: string, formatting: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString(formatting, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
}

/**
 * A moment as Swedish local time (interview times are in Sweden, whatever the browser's zone), written
 * the formatting locale's way like isoDateText: "2027-10-11 08:30", in English "11/10/2027, 08:30".
 */
export function stockholmTime(iso: string, formatting = 'sv-SE'): string {
  return new Date(iso).toLocaleString(formatting, {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A calendar month, YYYY-MM. */
export type IsoMonth = string;

/** The month a date falls in. */
export function monthOf(isoDate: string): IsoMonth {
  return isoDate.slice(0, 7);
}

/** The month `months` after (or before, when negative) `month`. */
export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
  const [year, monthNumber] = month.split('-').map(Number);
  const index = year * 12 + monthNumber - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first and the last day of a month. */
export function monthRange(month: IsoMonth): { from: string; to: string } {
  return { from: `${month}-01`, to: addDays(`${addMonthsToMonth(month, 1)}-01`, -1) };
}

/** The ISO-8601 week number of a date (week 1 holds the year's first Thursday). */
export function isoWeekNumber(isoDate: string): number {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000);
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - firstOfYear) / (7 * 86_400_000)) + 1;
}

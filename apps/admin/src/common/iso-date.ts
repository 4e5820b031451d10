/** `days` after an ISO date (YYYY-MM-DD), as an ISO date; calendar arithmetic in UTC, free of time zones. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

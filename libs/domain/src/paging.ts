/** The most rows one page may hold: large enough for exports, small enough to stay fast. */
export const MAX_PER_PAGE = 500;

export interface PageRequestDraft {
  page: number;
  perPage: number;
  sortField?: string | null;
}

/** Checks a list request: page from 1, 1–500 rows a page, and a sort field the list knows. */
export function pagingProblems(draft: PageRequestDraft, sortFields: readonly string[]): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(draft.page) || draft.page < 1) problems.push('Sidnumret (page) måste vara 1 eller större.');
  if (!Number.isInteger(draft.perPage) || draft.perPage < 1 || draft.perPage > MAX_PER_PAGE) {
    problems.push(`Antal per sida (perPage) måste vara mellan 1 och ${MAX_PER_PAGE}.`);
  }
  if (draft.sortField != null && !sortFields.includes(draft.sortField)) {
    problems.push(`Okänt sorteringsfält "${draft.sortField}" (sortField). Tillåtna: ${sortFields.join(', ')}.`);
  }
  return problems;
}

/** The most days ahead a "placement starting within N days" filter may look. */
export const MAX_DAYS_AHEAD = 366;

export function daysAheadProblems(days: number | null | undefined): string[] {
  if (days == null) return [];
  return Number.isInteger(days) && days >= 0 && days <= MAX_DAYS_AHEAD
    ? []
    : [`Antal dagar framåt (placementStartingWithinDays) måste vara mellan 0 och ${MAX_DAYS_AHEAD}.`];
}

import { problem, type Problem } from './problem';

/** The most rows one page may hold: large enough for exports, small enough to stay fast. */
export const MAX_PER_PAGE = 500;

export interface PageRequestDraft {
  page: number;
  perPage: number;
  sortField?: string | null;
}

/**
 * Checks a list request: page from 1 (PAGE_OUT_OF_RANGE), 1–500 rows a page (PAGE_SIZE_OUT_OF_RANGE)
 * and a sort field the list knows (UNKNOWN_SORT_FIELD, with the allowed ones in params.allowed).
 */
export function pagingProblems(draft: PageRequestDraft, sortFields: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  if (!Number.isInteger(draft.page) || draft.page < 1) {
    problems.push(problem('PAGE_OUT_OF_RANGE', 'Sidnumret måste vara 1 eller större.', { field: 'page', params: { min: 1 } }));
  }
  if (!Number.isInteger(draft.perPage) || draft.perPage < 1 || draft.perPage > MAX_PER_PAGE) {
    problems.push(
      problem('PAGE_SIZE_OUT_OF_RANGE', `Antal rader per sida måste vara mellan 1 och ${MAX_PER_PAGE}.`, {
        field: 'perPage',
        params: { min: 1, max: MAX_PER_PAGE },
      }),
    );
  }
  if (draft.sortField != null && !sortFields.includes(draft.sortField)) {
    problems.push(
      problem('UNKNOWN_SORT_FIELD', `Listan kan inte sorteras på "${draft.sortField}". Välj en annan kolumn att sortera på.`, {
        field: 'sortField',
        params: { sortField: draft.sortField, allowed: sortFields.join(', ') },
      }),
    );
  }
  return problems;
}

/** The most days ahead a "placement starting within N days" filter may look. */
export const MAX_DAYS_AHEAD = 366;

/** DAYS_AHEAD_OUT_OF_RANGE unless 0–366; `field` as the operation names the filter's criterion. */
export function daysAheadProblems(days: number | null | undefined, field = 'filter.placementStartingWithinDays'): Problem[] {
  if (days == null) return [];
  return Number.isInteger(days) && days >= 0 && days <= MAX_DAYS_AHEAD
    ? []
    : [
        problem('DAYS_AHEAD_OUT_OF_RANGE', `Antal dagar framåt måste vara mellan 0 och ${MAX_DAYS_AHEAD}.`, {
          field,
          params: { min: 0, max: MAX_DAYS_AHEAD, days },
        }),
      ];
}

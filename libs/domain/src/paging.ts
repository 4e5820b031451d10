import { problem, type Problem } from './problem';

/** The most rows one page may hold: large enough for exports, small enough to stay fast. */
export const MAX_PER_PAGE = 500;

export interface PageRequestDraft {
  page: number;
  perPage: number;
  sortField?: string | null;
}

/** A page of a cohort's block schedule (EDU-5): rows when the request does not say, and at most (each row carries a year of periods). */
export const BLOCK_SCHEDULE_PER_PAGE = 50;
export const BLOCK_SCHEDULE_MAX_PER_PAGE = 200;

/**
 * Checks a list request: page from 1 (PAGE_OUT_OF_RANGE), 1–`maxPerPage` rows a page (500 unless the
 * list says less; PAGE_SIZE_OUT_OF_RANGE) and a sort field the list knows (UNKNOWN_SORT_FIELD, with the
 * allowed ones in params.allowed).
 */
export function pagingProblems(draft: PageRequestDraft, sortFields: readonly string[], maxPerPage = MAX_PER_PAGE): Problem[] {
  const problems: Problem[] = [];
  if (!Number.isInteger(draft.page) || draft.page < 1) {
    problems.push(problem('PAGE_OUT_OF_RANGE', 'Sidnumret måste vara 1 eller större.', { field: 'page', params: { min: 1 } }));
  }
  if (!Number.isInteger(draft.perPage) || draft.perPage < 1 || draft.perPage > maxPerPage) {
    problems.push(
      problem('PAGE_SIZE_OUT_OF_RANGE', `Antal rader per sida måste vara mellan 1 och ${maxPerPage}.`, {
        field: 'perPage',
        params: { min: 1, max: maxPerPage },
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

/** How many rows a nested list (a cohort's trainees) gives when the query does not say, and at most. */
export const NESTED_LIST_DEFAULT = 50;
export const NESTED_LIST_MAX = 200;

/**
 * Checks how many rows a nested list that grows with the region is asked for: 1–200
 * (LIST_SIZE_OUT_OF_RANGE); more are read page by page from the list's own paged query.
 */
export function nestedListProblems(first: number, field = 'first'): Problem[] {
  return Number.isInteger(first) && first >= 1 && first <= NESTED_LIST_MAX
    ? []
    : [
        problem('LIST_SIZE_OUT_OF_RANGE', `En lista i svaret kan ha mellan 1 och ${NESTED_LIST_MAX} rader. Hämta fler sida för sida.`, {
          field,
          params: { min: 1, max: NESTED_LIST_MAX, first },
        }),
      ];
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

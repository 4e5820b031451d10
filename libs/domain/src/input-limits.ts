import { problem, type Problem } from './problem';

// The dashboard imports this file as '@bt/domain/input-limits' (its own entry in package.json), so that
// the browser does not load the whole library: csv-export's csv-stringify needs Node's Buffer.

/** The longest search text a list filter takes (a name, an application number, an e-mail address). */
export const MAX_FILTER_TEXT_LENGTH = 100;
/** The most ids one list filter takes: one full page. */
export const MAX_FILTER_IDS = 500;
/** The largest CSV import, in bytes of UTF-8: far above the job portal's export of one round. */
export const MAX_IMPORT_BYTES = 1_000_000;
/** The most data rows (records after the header) of one CSV import. */
export const MAX_IMPORT_ROWS = 2000;

/** A list's filter as far as its size goes: the search text and the ids. */
export interface FilterSizeDraft {
  q?: string | null;
  ids?: readonly string[] | null;
}

/**
 * Checks the size of a list filter before anything is read: FILTER_TEXT_TOO_LONG (params.maxLength)
 * and TOO_MANY_IDS (params.max, params.count).
 */
export function filterSizeProblems(filter: FilterSizeDraft | null | undefined): Problem[] {
  const problems: Problem[] = [];
  if (filter?.q != null && filter.q.length > MAX_FILTER_TEXT_LENGTH) {
    problems.push(
      problem('FILTER_TEXT_TOO_LONG', `Söktexten får vara högst ${MAX_FILTER_TEXT_LENGTH} tecken; korta den.`, {
        field: 'filter.q',
        params: { maxLength: MAX_FILTER_TEXT_LENGTH },
      }),
    );
  }
  if (filter?.ids != null && filter.ids.length > MAX_FILTER_IDS) {
    problems.push(
      problem('TOO_MANY_IDS', `Högst ${MAX_FILTER_IDS} poster kan hämtas på en gång (${filter.ids.length} begärdes).`, {
        field: 'filter.ids',
        params: { max: MAX_FILTER_IDS, count: filter.ids.length },
      }),
    );
  }
  return problems;
}

/**
 * Checks the size of a CSV import (REC-1), the file's bytes first (before it is read) and then its
 * data rows: IMPORT_TOO_LARGE (params.maxBytes, params.maxMegabytes) and IMPORT_TOO_MANY_ROWS
 * (params.max, params.rows). The dashboard checks the whole file before sending, the server each request.
 */
export function importSizeProblems(size: { bytes: number; rows?: number }): Problem[] {
  if (size.bytes > MAX_IMPORT_BYTES) {
    const maxMegabytes = MAX_IMPORT_BYTES / 1_000_000;
    return [
      problem('IMPORT_TOO_LARGE', `Filen är för stor; den får vara högst ${maxMegabytes} MB. Dela upp den i flera filer.`, {
        rule: 'REC-1',
        field: 'csv',
        params: { maxBytes: MAX_IMPORT_BYTES, maxMegabytes },
      }),
    ];
  }
  if (size.rows != null && size.rows > MAX_IMPORT_ROWS) {
    return [
      problem('IMPORT_TOO_MANY_ROWS', `Filen har ${size.rows} rader; högst ${MAX_IMPORT_ROWS} kan importeras på en gång. Dela upp den i flera filer.`, {
        rule: 'REC-1',
        field: 'csv',
        params: { max: MAX_IMPORT_ROWS, rows: size.rows },
      }),
    ];
  }
  return [];
}

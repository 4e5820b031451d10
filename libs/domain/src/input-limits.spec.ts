import { filterSizeProblems, importSizeProblems, MAX_FILTER_IDS, MAX_FILTER_TEXT_LENGTH, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './input-limits';

describe('limits on filters and imports', () => {
  it('takes a search text and an id list up to their limits', () => {
    expect(filterSizeProblems(undefined)).toEqual([]);
    expect(filterSizeProblems({ q: 'a'.repeat(MAX_FILTER_TEXT_LENGTH), ids: Array.from({ length: MAX_FILTER_IDS }, String) })).toEqual([]);
  });

  it('refuses a longer search text and more ids, naming both', () => {
    expect(filterSizeProblems({ q: 'a'.repeat(MAX_FILTER_TEXT_LENGTH + 1), ids: Array.from({ length: MAX_FILTER_IDS + 1 }, String) })).toEqual([
      { code: 'FILTER_TEXT_TOO_LONG', field: 'filter.q', message: 'Söktexten får vara högst 100 tecken; korta den.', params: { maxLength: 100 } },
      { code: 'TOO_MANY_IDS', field: 'filter.ids', message: 'Högst 500 poster kan hämtas på en gång (501 begärdes).', params: { max: 500, count: 501 } },
    ]);
  });

  it('REC-1: refuses a file over the byte limit before its rows are counted, and one over the row limit', () => {
    expect(importSizeProblems({ bytes: MAX_IMPORT_BYTES, rows: MAX_IMPORT_ROWS })).toEqual([]);
    expect(importSizeProblems({ bytes: MAX_IMPORT_BYTES + 1, rows: MAX_IMPORT_ROWS + 1 })).toEqual([
      {
        code: 'IMPORT_TOO_LARGE',
        rule: 'REC-1',
        field: 'csv',
        message: 'Filen är för stor; den får vara högst 1 MB. Dela upp den i flera filer.',
        params: { maxBytes: 1_000_000, maxMegabytes: 1 },
      },
    ]);
    expect(importSizeProblems({ bytes: 10, rows: MAX_IMPORT_ROWS + 1 })).toEqual([
      expect.objectContaining({
        code: 'IMPORT_TOO_MANY_ROWS',
        message: expect.stringMatching(/^Filen har 2001 rader; högst 2000/),
        params: { max: 2000, rows: 2001 },
      }),
    ]);
  });
});

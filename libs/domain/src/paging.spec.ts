import { BLOCK_SCHEDULE_MAX_PER_PAGE, daysAheadProblems, nestedListProblems, pagingProblems } from './paging';

describe('list requests', () => {
  const fields = ['name', 'startDate', 'site'];

  it('accepts page 1 and up, 1–500 rows a page and a known sort field (or none)', () => {
    expect(pagingProblems({ page: 1, perPage: 25, sortField: 'name' }, fields)).toEqual([]);
    expect(pagingProblems({ page: 40, perPage: 500, sortField: null }, fields)).toEqual([]);
  });

  it('names every problem with its field, and lists the sort fields allowed in params', () => {
    expect(pagingProblems({ page: 0, perPage: 501, sortField: 'age' }, fields)).toEqual([
      { code: 'PAGE_OUT_OF_RANGE', field: 'page', message: 'Sidnumret måste vara 1 eller större.', params: { min: 1 } },
      { code: 'PAGE_SIZE_OUT_OF_RANGE', field: 'perPage', message: 'Antal rader per sida måste vara mellan 1 och 500.', params: { min: 1, max: 500 } },
      expect.objectContaining({ code: 'UNKNOWN_SORT_FIELD', field: 'sortField', params: { sortField: 'age', allowed: 'name, startDate, site' } }),
    ]);
    expect(pagingProblems({ page: 1, perPage: 0 }, fields)).toEqual([expect.objectContaining({ code: 'PAGE_SIZE_OUT_OF_RANGE' })]);
  });

  it('EDU-5: a list with fewer rows a page (the block schedule, 200) refuses more with its own limit', () => {
    expect(pagingProblems({ page: 1, perPage: 200 }, [], BLOCK_SCHEDULE_MAX_PER_PAGE)).toEqual([]);
    expect(pagingProblems({ page: 1, perPage: 201 }, [], BLOCK_SCHEDULE_MAX_PER_PAGE)).toEqual([
      { code: 'PAGE_SIZE_OUT_OF_RANGE', field: 'perPage', message: 'Antal rader per sida måste vara mellan 1 och 200.', params: { min: 1, max: 200 } },
    ]);
  });

  it('never names API arguments in its messages', () => {
    const messages = pagingProblems({ page: 0, perPage: 0, sortField: 'age' }, fields).map((item) => item.message);
    for (const message of messages) expect(message).not.toMatch(/page|perPage|sortField/);
  });

  it('looks at most a year ahead for placements starting soon', () => {
    expect(daysAheadProblems(undefined)).toEqual([]);
    expect(daysAheadProblems(0)).toEqual([]);
    expect(daysAheadProblems(366)).toEqual([]);
    expect(daysAheadProblems(-1)).toEqual([
      expect.objectContaining({
        code: 'DAYS_AHEAD_OUT_OF_RANGE',
        field: 'filter.placementStartingWithinDays',
        message: expect.stringMatching(/mellan 0 och 366/),
      }),
    ]);
    expect(daysAheadProblems(400, 'placementStartingWithinDays')).toEqual([expect.objectContaining({ field: 'placementStartingWithinDays' })]);
  });
});

describe('nested lists that grow with the region (issue 9 item 3)', () => {
  it('accept 1–200 rows', () => {
    for (const first of [1, 50, 200]) expect(nestedListProblems(first)).toEqual([]);
  });

  it('refuse 0, more than 200 or a fraction with LIST_SIZE_OUT_OF_RANGE on the argument, saying how to get more', () => {
    for (const first of [0, 201, 10_000, 1.5]) {
      expect(nestedListProblems(first)).toEqual([
        {
          code: 'LIST_SIZE_OUT_OF_RANGE',
          field: 'first',
          message: 'En lista i svaret kan ha mellan 1 och 200 rader. Hämta fler sida för sida.',
          params: { min: 1, max: 200, first },
        },
      ]);
    }
  });
});

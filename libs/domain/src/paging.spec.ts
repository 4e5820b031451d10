import { daysAheadProblems, pagingProblems } from './paging';

describe('list requests', () => {
  const fields = ['name', 'startDate', 'site'];

  it('accepts page 1 and up, 1–500 rows a page and a known sort field (or none)', () => {
    expect(pagingProblems({ page: 1, perPage: 25, sortField: 'name' }, fields)).toEqual([]);
    expect(pagingProblems({ page: 40, perPage: 500, sortField: null }, fields)).toEqual([]);
  });

  it('names every problem, and lists the sort fields allowed', () => {
    expect(pagingProblems({ page: 0, perPage: 501, sortField: 'age' }, fields)).toEqual([
      'Sidnumret (page) måste vara 1 eller större.',
      'Antal per sida (perPage) måste vara mellan 1 och 500.',
      'Okänt sorteringsfält "age" (sortField). Tillåtna: name, startDate, site.',
    ]);
    expect(pagingProblems({ page: 1, perPage: 0 }, fields)).toEqual([expect.stringMatching(/perPage/)]);
  });

  it('looks at most a year ahead for placements starting soon', () => {
    expect(daysAheadProblems(undefined)).toEqual([]);
    expect(daysAheadProblems(0)).toEqual([]);
    expect(daysAheadProblems(366)).toEqual([]);
    expect(daysAheadProblems(-1)).toEqual([expect.stringMatching(/mellan 0 och 366/)]);
    expect(daysAheadProblems(400)).toHaveLength(1);
  });
});

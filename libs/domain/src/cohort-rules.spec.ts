import { cohortDeletionProblems, cohortProblems, cohortSiteChangeProblems } from './cohort-rules';

describe('cohorts', () => {
  it('needs a real start date; the name is optional but never empty or too long', () => {
    expect(cohortProblems({ startDate: '2027-01-18' })).toEqual([]);
    expect(cohortProblems({ startDate: '2027-01-18', name: 'VT 2027 Växjö' })).toEqual([]);
    expect(cohortProblems({ startDate: '2027-02-30', name: '  ' })).toEqual([
      {
        code: 'INVALID_DATE',
        field: 'input.startDate',
        message: 'Startdatum "2027-02-30" är inget giltigt datum: ange ÅÅÅÅ-MM-DD.',
        params: { value: '2027-02-30' },
      },
      { code: 'TEXT_REQUIRED', field: 'input.name', message: 'Kullens namn får inte vara tomt.' },
    ]);
    expect(cohortProblems({ startDate: '2027-01-18', name: 'x'.repeat(101) })).toEqual([
      expect.objectContaining({ code: 'TEXT_TOO_LONG', field: 'input.name', params: { maxLength: 100 } }),
    ]);
  });

  it('moves to another site only while empty, and is deleted only while empty (COHORT_HAS_TRAINEES)', () => {
    expect(cohortSiteChangeProblems('a', 'b', 0)).toEqual([]);
    expect(cohortSiteChangeProblems('a', 'a', 4)).toEqual([]);
    expect(cohortSiteChangeProblems('a', 'b', 4)).toEqual([
      expect.objectContaining({
        code: 'COHORT_HAS_TRAINEES',
        field: 'input.siteId',
        params: { traineeCount: 4 },
        message: expect.stringMatching(/4 BT-läkare/),
      }),
    ]);
    expect(cohortDeletionProblems(0)).toEqual([]);
    expect(cohortDeletionProblems(2)).toEqual([
      expect.objectContaining({ code: 'COHORT_HAS_TRAINEES', field: 'id', params: { traineeCount: 2 }, message: expect.stringMatching(/kan inte tas bort/) }),
    ]);
  });
});

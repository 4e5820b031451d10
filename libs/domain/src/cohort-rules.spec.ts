import { cohortDeletionProblems, cohortProblems, cohortSiteChangeProblems } from './cohort-rules';

describe('cohorts', () => {
  it('needs a real start date; the name is optional but never empty or too long', () => {
    expect(cohortProblems({ startDate: '2027-01-18' })).toEqual([]);
    expect(cohortProblems({ startDate: '2027-01-18', name: 'VT 2027 Växjö' })).toEqual([]);
    expect(cohortProblems({ startDate: '2027-02-30', name: '  ' })).toEqual([
      'Kullens startdatum (startDate) "2027-02-30" är inget giltigt datum.',
      'Kullens namn (name) får inte vara tomt.',
    ]);
    expect(cohortProblems({ startDate: '2027-01-18', name: 'x'.repeat(101) })).toEqual([expect.stringMatching(/högst 100/)]);
  });

  it('moves to another site only while empty, and is deleted only while empty', () => {
    expect(cohortSiteChangeProblems('a', 'b', 0)).toEqual([]);
    expect(cohortSiteChangeProblems('a', 'a', 4)).toEqual([]);
    expect(cohortSiteChangeProblems('a', 'b', 4)).toEqual([expect.stringMatching(/4 BT-läkare/)]);
    expect(cohortDeletionProblems(0)).toEqual([]);
    expect(cohortDeletionProblems(2)).toEqual([expect.stringMatching(/kan inte tas bort/)]);
  });
});

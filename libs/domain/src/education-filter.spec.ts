import { educationTraineeCriteriaProblems } from './education-filter';

describe('education filter of trainees', () => {
  it('accepts any combination of criteria', () => {
    expect(educationTraineeCriteriaProblems({ currentUnitId: 'u', placementStartingWithinDays: 30 })).toEqual([]);
    expect(educationTraineeCriteriaProblems({ withMainSupervisor: true })).toEqual([]);
  });

  it('needs at least one criterion, days within a year, and never withMainSupervisor false', () => {
    expect(educationTraineeCriteriaProblems({})).toEqual(['Ange minst ett villkor i filtret.']);
    expect(educationTraineeCriteriaProblems({ withMainSupervisor: false, placementStartingWithinDays: -3 })).toEqual([
      expect.objectContaining({ code: 'DAYS_AHEAD_OUT_OF_RANGE', field: 'filter.placementStartingWithinDays' }),
      expect.stringMatching(/withMainSupervisor kan bara vara true/),
    ]);
  });
});

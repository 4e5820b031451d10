import { educationTraineeCriteriaProblems } from './education-filter';

describe('education filter of trainees', () => {
  it('accepts any combination of criteria', () => {
    expect(educationTraineeCriteriaProblems({ currentUnitId: 'u', placementStartingWithinDays: 30 })).toEqual([]);
    expect(educationTraineeCriteriaProblems({ withMainSupervisor: true })).toEqual([]);
  });

  it('needs at least one criterion and never withMainSupervisor false, each problem with its code and field', () => {
    expect(educationTraineeCriteriaProblems({})).toEqual([{ code: 'FILTER_EMPTY', field: 'filter', message: 'Ange minst ett villkor i filtret.' }]);
    expect(educationTraineeCriteriaProblems({ withMainSupervisor: false, currentUnitId: 'u' })).toEqual([
      {
        code: 'WITHOUT_MAIN_SUPERVISOR_NOT_KNOWN',
        field: 'filter.withMainSupervisor',
        message: expect.stringMatching(/bara hitta BT-läkare som har en huvudhandledare/),
      },
    ]);
  });

  it('never names API arguments in a message', () => {
    for (const found of educationTraineeCriteriaProblems({ withMainSupervisor: false })) {
      expect(found.message).not.toMatch(/withMainSupervisor|filter/);
    }
  });
});

import { educationLookup } from './education-lookup';

describe('the education part of a trainee filter', () => {
  it('asks nothing when the filter has no education criterion', () => {
    expect(educationLookup({ siteId: 's', q: 'ida', active: true })).toEqual({});
  });

  it('keeps the trainees that meet every education criterion', () => {
    expect(educationLookup({ currentUnitId: 'u', mainSupervisorId: 'm', placementStartingWithinDays: 30, withoutMainSupervisor: false })).toEqual({
      include: { currentUnitId: 'u', mainSupervisorId: 'm', placementStartingWithinDays: 30, withMainSupervisor: true },
    });
  });

  it('leaves out the trainees with a main supervisor when asked for those without', () => {
    expect(educationLookup({ withoutMainSupervisor: true, currentUnitId: 'u' })).toEqual({
      include: { currentUnitId: 'u' },
      exclude: { withMainSupervisor: true },
    });
  });
});

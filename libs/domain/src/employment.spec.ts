import { isEmploymentActive, isStillEmployed, monthsServed, traineeEmploymentProblems, type TraineeEmploymentDraft } from './employment';
import { EmploymentForm } from './organisation';

describe('months served and active employment', () => {
  it('is 0 before the start, counts whole months and the part of the month under way, one decimal', () => {
    expect(monthsServed('2027-01-18', '2028-01-17', '2026-11-22')).toBe(0);
    expect(monthsServed('2026-01-12', '2027-01-11', '2026-11-22')).toBe(10.4); // 10 months + 11 of 30 days
    expect(monthsServed('2026-01-12', '2027-01-11', '2026-02-11')).toBe(1);
  });

  it('EMP-1: stops at the end of the employment; a full year is 12.0', () => {
    expect(monthsServed('2025-01-13', '2026-01-12', '2026-11-22')).toBe(12);
    expect(monthsServed('2025-01-13', '2026-01-12', '2026-01-12')).toBe(12);
  });

  it('is active from the first to the last day of the employment, both included', () => {
    expect(isEmploymentActive('2026-01-12', '2027-01-11', '2026-01-12')).toBe(true);
    expect(isEmploymentActive('2026-01-12', '2027-01-11', '2027-01-11')).toBe(true);
    expect(isEmploymentActive('2026-01-12', '2027-01-11', '2027-01-12')).toBe(false);
    expect(isEmploymentActive('2027-01-18', '2028-01-17', '2026-11-22')).toBe(false);
  });
});

describe('still employed (the employment change feed)', () => {
  it('EMP-1: is employed until the last day of the employment, also before it starts, and not after it ended', () => {
    expect(isStillEmployed('2028-01-17', '2026-11-22')).toBe(true);
    expect(isStillEmployed('2027-01-11', '2027-01-11')).toBe(true);
    expect(isStillEmployed('2026-01-12', '2026-11-22')).toBe(false);
  });
});

describe("a trainee's employment", () => {
  const valid: TraineeEmploymentDraft = {
    givenName: 'Ida',
    familyName: 'Olsson',
    personalIdentityNumber: '19121212-1212',
    employmentStart: '2027-01-18',
    employmentEnd: '2028-01-17',
    employmentForm: EmploymentForm.SEPARATE,
  };
  const context = { today: '2026-11-22', siteId: 'vaxjo', cohortSiteId: 'vaxjo' };

  it('accepts a 12-month separate employment in a cohort at the same site', () => {
    expect(traineeEmploymentProblems(valid, context)).toEqual([]);
  });

  it('refuses empty and too long names and an invalid personal identity number (checksum)', () => {
    expect(traineeEmploymentProblems({ ...valid, givenName: ' ', familyName: 'x'.repeat(101), personalIdentityNumber: '19121212-1213' }, context)).toEqual([
      { code: 'TEXT_REQUIRED', field: 'input.givenName', message: 'Förnamnet får inte vara tomt.' },
      { code: 'TEXT_TOO_LONG', field: 'input.familyName', message: 'Efternamnet får vara högst 100 tecken.', params: { maxLength: 100 } },
      { code: 'PERSONAL_IDENTITY_NUMBER_CHECKSUM', field: 'input.personalIdentityNumber', message: 'Personnumrets kontrollsiffra stämmer inte.' },
    ]);
  });

  it('refuses an end that is not after the start, and dates that do not exist', () => {
    expect(traineeEmploymentProblems({ ...valid, employmentStart: '2027-02-30' }, context)).toEqual([
      expect.objectContaining({ code: 'INVALID_DATE', field: 'input.employmentStart' }),
    ]);
    expect(traineeEmploymentProblems({ ...valid, employmentEnd: '2027-01-18' }, context)).toEqual([
      expect.objectContaining({ code: 'EMPLOYMENT_END_BEFORE_START', field: 'input.employmentEnd' }),
    ]);
  });

  it('EMP-1: a separate employment may be extended but not shortened below 12 months', () => {
    expect(traineeEmploymentProblems({ ...valid, employmentEnd: '2027-12-31' }, context)).toEqual([
      expect.objectContaining({ code: 'EMPLOYMENT_TOO_SHORT', rule: 'EMP-1', field: 'input.employmentEnd', params: { earliestEnd: '2028-01-17' } }),
    ]);
    expect(traineeEmploymentProblems({ ...valid, employmentEnd: '2028-05-17' }, context)).toEqual([]);
    expect(
      traineeEmploymentProblems({ ...valid, employmentEnd: '2027-07-17', employmentForm: EmploymentForm.INTEGRATED, stUnitId: 'med-vxo' }, context),
    ).toEqual([]);
  });

  it('EMP-1: an integrated BT names the unit of its ST employment, whose head of unit appoints the HHL', () => {
    expect(traineeEmploymentProblems({ ...valid, employmentForm: EmploymentForm.INTEGRATED, stUnitId: null }, context)).toEqual([
      expect.objectContaining({ code: 'ST_UNIT_REQUIRED', rule: 'EMP-1', field: 'input.stUnitId' }),
    ]);
    expect(traineeEmploymentProblems({ ...valid, stUnitId: null }, context)).toEqual([]);
  });

  it("refuses a cohort at another site than the trainee's", () => {
    expect(traineeEmploymentProblems(valid, { ...context, cohortSiteId: 'ljungby' })).toEqual([
      expect.objectContaining({ code: 'COHORT_AT_OTHER_SITE', field: 'input.cohortId' }),
    ]);
  });
});

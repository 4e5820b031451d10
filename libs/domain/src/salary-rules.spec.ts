import {
  isWithinSalaryGuideline,
  newestSalaryFirst,
  salaryGuidelineProblems,
  salaryGuidelineYear,
  salaryInForce,
  salaryNote,
  traineeSalaryProblems,
  type SalaryDecision,
} from './salary-rules';

const decision = (id: string, validFrom: string, decidedAt: string, monthlyOre = 4_500_000): SalaryDecision => ({
  id,
  monthlyOre,
  validFrom,
  decidedAt: new Date(decidedAt),
});

describe('EMP-2 salary guidelines', () => {
  it('EMP-2: never names rule ids or API arguments in a message', () => {
    const problems = [
      ...salaryGuidelineProblems({ year: 1, minMonthlyOre: 5, maxMonthlyOre: 0, note: 'x'.repeat(501) }),
      ...traineeSalaryProblems({ monthlyOre: 0, validFrom: '2027-02-01', note: null }, { employmentEnd: '2027-01-11' }),
    ];
    for (const { message } of problems) expect(message).not.toMatch(/EMP-2|Ore\b|MonthlyOre|validFrom|\(year\)|\(note\)/);
  });

  const valid = { year: 2026, minMonthlyOre: 4_250_000, maxMonthlyOre: 4_650_000, note: 'Central riktlinje' };

  it('accepts a range of positive öre with min ≤ max, also a single amount', () => {
    expect(salaryGuidelineProblems(valid)).toEqual([]);
    expect(salaryGuidelineProblems({ ...valid, maxMonthlyOre: valid.minMonthlyOre, note: null })).toEqual([]);
  });

  it('EMP-2: refuses min above max (SALARY_RANGE_REVERSED) and says what to do', () => {
    expect(salaryGuidelineProblems({ ...valid, minMonthlyOre: 4_700_000 })).toEqual([
      expect.objectContaining({
        code: 'SALARY_RANGE_REVERSED',
        rule: 'EMP-2',
        field: 'minMonthlyOre',
        params: { minMonthlyOre: 4_700_000, maxMonthlyOre: 4_650_000 },
        message: expect.stringMatching(/högre än högsta.*byt plats/),
      }),
    ]);
  });

  it('lists every problem at once: year, non-positive amounts and a long note', () => {
    expect(salaryGuidelineProblems({ year: 2020, minMonthlyOre: 0, maxMonthlyOre: -5, note: 'x'.repeat(501) })).toEqual([
      { code: 'SALARY_YEAR_OUT_OF_RANGE', rule: 'EMP-2', field: 'year', message: 'Året måste vara mellan 2021 och 2100.', params: { min: 2021, max: 2100 } },
      expect.objectContaining({
        code: 'SALARY_NOT_POSITIVE',
        rule: 'EMP-2',
        field: 'minMonthlyOre',
        message: expect.stringMatching(/^Lägsta månadslön måste vara ett positivt heltal i öre/),
      }),
      expect.objectContaining({
        code: 'SALARY_NOT_POSITIVE',
        rule: 'EMP-2',
        field: 'maxMonthlyOre',
        message: expect.stringMatching(/^Högsta månadslön måste vara ett positivt heltal i öre/),
      }),
      { code: 'TEXT_TOO_LONG', field: 'note', message: 'Anteckningen får vara högst 500 tecken.', params: { maxLength: 500 } },
    ]);
    expect(salaryGuidelineProblems({ ...valid, year: 2026.5, minMonthlyOre: 1.5 })).toHaveLength(2);
  });
});

describe("EMP-2 a trainee's negotiated salary", () => {
  const employment = { employmentEnd: '2027-01-11' };
  const valid = { monthlyOre: 4_500_000, validFrom: '2026-01-12', note: null };

  it('accepts a positive amount from a date within the employment, or before it (agreed ahead of the start)', () => {
    expect(traineeSalaryProblems(valid, employment)).toEqual([]);
    expect(traineeSalaryProblems({ ...valid, validFrom: '2027-01-11' }, employment)).toEqual([]);
    expect(traineeSalaryProblems({ ...valid, validFrom: '2025-12-01' }, employment)).toEqual([]);
  });

  it('EMP-2: refuses a date after the last day of the employment (SALARY_AFTER_EMPLOYMENT) and says which dates are allowed', () => {
    expect(traineeSalaryProblems({ ...valid, validFrom: '2027-01-12' }, employment)).toEqual([
      {
        code: 'SALARY_AFTER_EMPLOYMENT',
        rule: 'EMP-2',
        field: 'validFrom',
        message: 'Gäller från 2027-01-12 ligger efter anställningens slut 2027-01-11: ange ett datum inom anställningen eller före den.',
        params: { validFrom: '2027-01-12', employmentEnd: '2027-01-11' },
      },
    ]);
  });

  it('lists every problem at once: amount, date and note; without a trainee only the draft is checked', () => {
    expect(traineeSalaryProblems({ monthlyOre: 0, validFrom: '2026-02-30', note: 'x'.repeat(501) }, employment)).toEqual([
      expect.objectContaining({ code: 'SALARY_NOT_POSITIVE', rule: 'EMP-2', field: 'monthlyOre' }),
      expect.objectContaining({ code: 'INVALID_DATE', field: 'validFrom', message: 'Gäller från "2026-02-30" är inget giltigt datum: ange ÅÅÅÅ-MM-DD.' }),
      expect.objectContaining({ code: 'TEXT_TOO_LONG', field: 'note' }),
    ]);
    expect(traineeSalaryProblems({ ...valid, monthlyOre: -100 }, undefined)).toHaveLength(1);
    expect(traineeSalaryProblems({ ...valid, validFrom: '2030-01-01', note: ' '.repeat(600) }, undefined)).toEqual([]);
  });

  it('stores a note trimmed, and an empty one as none', () => {
    expect(salaryNote('  Lönesamtal  ')).toBe('Lönesamtal');
    expect(salaryNote('   ')).toBeNull();
    expect(salaryNote(undefined)).toBeNull();
  });
});

describe('EMP-2 within the guideline of the validFrom year', () => {
  const guideline = { year: 2026, minMonthlyOre: 4_250_000, maxMonthlyOre: 4_650_000 };

  it('holds a salary against the guideline of its validFrom year', () => {
    expect(salaryGuidelineYear('2026-12-31')).toBe(2026);
    expect(salaryGuidelineYear('2027-01-01')).toBe(2027);
  });

  it('is within from min to max, both included', () => {
    expect(isWithinSalaryGuideline(4_250_000, guideline)).toBe(true);
    expect(isWithinSalaryGuideline(4_650_000, guideline)).toBe(true);
    expect(isWithinSalaryGuideline(4_249_999, guideline)).toBe(false);
    expect(isWithinSalaryGuideline(4_650_001, guideline)).toBe(false);
  });

  it('is not within when the year has no guideline', () => {
    expect(isWithinSalaryGuideline(4_500_000, undefined)).toBe(false);
  });
});

describe('EMP-2 history and the salary in force', () => {
  const start = decision('a', '2026-01-12', '2025-12-01T09:00:00Z', 4_400_000);
  const raise = decision('b', '2026-07-01', '2026-06-10T09:00:00Z', 4_600_000);
  const correction = decision('c', '2026-07-01', '2026-06-12T09:00:00Z', 4_650_000);
  const nextYear = decision('d', '2027-01-01', '2026-11-20T09:00:00Z', 4_800_000);

  it('orders the history newest validFrom first, and for the same day the later decision first', () => {
    expect([start, correction, nextYear, raise].sort(newestSalaryFirst).map((s) => s.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('breaks a tie of day and decision time by id, so the order is total', () => {
    const twin = decision('e', raise.validFrom, raise.decidedAt.toISOString());
    expect([raise, twin].sort(newestSalaryFirst).map((s) => s.id)).toEqual(['e', 'b']);
    expect(newestSalaryFirst(raise, raise)).toBe(0);
  });

  it('is the newest with validFrom on or before the day; a later one is not yet in force', () => {
    const history = [nextYear, start, raise, correction];
    expect(salaryInForce(history, '2026-11-22')).toBe(correction);
    expect(salaryInForce(history, '2026-06-30')).toBe(start);
    expect(salaryInForce(history, '2026-07-01')).toBe(correction);
    expect(salaryInForce(history, '2027-01-01')).toBe(nextYear);
  });

  it('is none before the first salary or without any', () => {
    expect(salaryInForce([start], '2026-01-11')).toBeUndefined();
    expect(salaryInForce([], '2026-11-22')).toBeUndefined();
  });
});

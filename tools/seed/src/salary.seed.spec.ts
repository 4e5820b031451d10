import { Role } from '@bt/auth';
import { isWithinSalaryGuideline, salaryGuidelineProblems, salaryGuidelineYear } from '@bt/domain';
import { buildSeedData } from './seed-data';

describe('demo salaries (EMP-2)', () => {
  const data = buildSeedData();

  it('has a valid guideline for each of 2025–2027', () => {
    expect(data.salaryGuidelines.map((g) => g.year)).toEqual([2025, 2026, 2027]);
    for (const guideline of data.salaryGuidelines) expect(salaryGuidelineProblems(guideline)).toEqual([]);
  });

  it('gives every trainee a salary from the first day of employment, within that year’s guideline', () => {
    const guidelines = new Map(data.salaryGuidelines.map((g) => [g.year, g]));
    expect(data.traineeSalaries.map((s) => s.traineeId)).toEqual(data.trainees.map((t) => t.id));
    for (const salary of data.traineeSalaries) {
      const trainee = data.trainees.find((t) => t.id === salary.traineeId)!;
      expect(salary.validFrom).toBe(trainee.employmentStart);
      expect(salary.decidedAt.toISOString().slice(0, 10) < salary.validFrom).toBe(true);
      expect(isWithinSalaryGuideline(salary.monthlyOre, guidelines.get(salaryGuidelineYear(salary.validFrom)))).toBe(true);
    }
    expect(new Set(data.traineeSalaries.map((s) => s.monthlyOre)).size).toBeGreaterThan(1);
  });

  it('is decided by the Director for Växjö and the deputy for Ljungby', () => {
    const people = new Map(data.people.map((p) => [p.id, p]));
    const ljungby = data.sites.find((s) => s.name === 'Ljungby')!;
    for (const salary of data.traineeSalaries) {
      const trainee = data.trainees.find((t) => t.id === salary.traineeId)!;
      expect(people.get(salary.decidedById)?.roles).toContain(trainee.siteId === ljungby.id ? Role.DEPUTY_DIRECTOR : Role.DIRECTOR);
    }
  });

  it('is drawn after everything else, so the rest of the demo data keeps the ids it had before salaries', () => {
    expect(data.trainees[0].id).toBe('83349d7e-8a42-49ee-941b-36cd29ee4ee9');
    expect(data.certificates.at(-1)?.id).toBe('3314e5ff-ee13-42f9-8806-ddbd2832a61b');
    expect(buildSeedData({ scale: 2 }).traineeSalaries).toHaveLength(36);
  });
});

import { Role } from '@bt/auth';
import { addDays, SiteCode, type IsoDate } from '@bt/domain';
import type { Person, Site, Trainee, SalaryGuideline, TraineeSalary } from '@bt/employment';
import type { Random } from './random';

export interface SalaryData {
  salaryGuidelines: SalaryGuideline[];
  traineeSalaries: TraineeSalary[];
}

/** EMP-2: a central monthly range per year, in öre (e.g. 2026: 42 500–46 500 kr). */
const GUIDELINES: Omit<SalaryGuideline, 'id' | 'version'>[] = [
  { year: 2025, minMonthlyOre: 4_100_000, maxMonthlyOre: 4_500_000, note: 'Central riktlinje efter årlig dialog med förhandlingschefen.' },
  { year: 2026, minMonthlyOre: 4_250_000, maxMonthlyOre: 4_650_000, note: 'Central riktlinje efter årlig dialog med förhandlingschefen.' },
  { year: 2027, minMonthlyOre: 4_400_000, maxMonthlyOre: 4_800_000, note: 'Central riktlinje efter årlig dialog med förhandlingschefen.' },
];

/** Negotiated amounts are whole hundreds of kronor. */
const STEP_ORE = 10_000;
/** The salary is agreed with the offer, about six weeks before the start. */
const DECIDED_DAYS_BEFORE_START = 45;

function decidedAt(start: IsoDate): Date {
  return new Date(`${addDays(start, -DECIDED_DAYS_BEFORE_START)}T09:00:00Z`);
}

/**
 * EMP-2: the guidelines of 2025–2027 and, for every trainee, the salary negotiated with the offer:
 * from the first day of employment, within that year's guideline, decided by the Director (Växjö) or
 * the deputy (Ljungby).
 */
export function seedSalaries(random: Random, people: Person[], sites: Site[], trainees: Trainee[]): SalaryData {
  const salaryGuidelines = GUIDELINES.map((guideline) => ({ id: random.uuid(), version: 1, ...guideline }));
  const byYear = new Map(salaryGuidelines.map((guideline) => [guideline.year, guideline]));
  const director = people.find((p) => p.roles.includes(Role.DIRECTOR))!;
  const deputy = people.find((p) => p.roles.includes(Role.DEPUTY_DIRECTOR))!;
  const ljungby = sites.find((site) => site.code === SiteCode.LJUNGBY)!;
  const traineeSalaries = trainees.map((trainee): TraineeSalary => {
    const guideline = byYear.get(Number(trainee.employmentStart.slice(0, 4)))!;
    const steps = (guideline.maxMonthlyOre - guideline.minMonthlyOre) / STEP_ORE;
    return {
      id: random.uuid(),
      traineeId: trainee.id,
      monthlyOre: guideline.minMonthlyOre + random.int(0, steps) * STEP_ORE,
      validFrom: trainee.employmentStart,
      decidedById: (trainee.siteId === ljungby.id ? deputy : director).id,
      decidedAt: decidedAt(trainee.employmentStart),
      note: null,
      previousMonthlyOre: null,
    };
  });
  return { salaryGuidelines, traineeSalaries };
}

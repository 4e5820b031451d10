import type { DataSource } from 'typeorm';
import { Role } from '@bt/auth';
import { newestSalaryFirst } from '@bt/domain';
import { loadManyBy, loadOneBy } from '@bt/subgraph';
import { SalaryGuideline } from './salary-guideline.entity';
import { TraineeSalary } from './trainee-salary.entity';
import type { EmploymentContext } from '../employment.context';

/** EMP-2: salaries are seen and set only by the Director, the deputy and HR; everyone else, the trainee too, is refused. */
export const SALARY_ROLES: readonly Role[] = [Role.DIRECTOR, Role.DEPUTY_DIRECTOR, Role.HR_COORDINATOR];

function createSalaryLoaders(dataSource: DataSource) {
  return {
    salariesByTrainee: loadManyBy(dataSource, TraineeSalary, 'traineeId'),
    /** Keyed by the year as text. */
    guidelineByYear: loadOneBy(dataSource, SalaryGuideline, 'year'),
  };
}

export type SalaryLoaders = ReturnType<typeof createSalaryLoaders>;

const requests = new WeakMap<EmploymentContext, SalaryLoaders>();

/** Salary's DataLoaders for the request `ctx` belongs to (the context object lives as long as the request). */
export function salaryLoaders(ctx: EmploymentContext): SalaryLoaders {
  let loaders = requests.get(ctx);
  if (!loaders) {
    loaders = createSalaryLoaders(ctx.dataSource);
    requests.set(ctx, loaders);
  }
  return loaders;
}

/** A trainee's salaries in EMP-2's history order: newest validFrom first, the later decision first on the same day. */
export async function salaryHistory(ctx: EmploymentContext, traineeId: string): Promise<TraineeSalary[]> {
  return [...(await salaryLoaders(ctx).salariesByTrainee.load(traineeId))].sort(newestSalaryFirst);
}

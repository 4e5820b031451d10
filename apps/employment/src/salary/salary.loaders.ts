import type { DataSource } from 'typeorm';
import { newestSalaryFirst } from '@bt/domain';
import { loadManyBy, loadOneBy, perRequest } from '@bt/subgraph';
import { SalaryGuideline } from './salary-guideline.entity';
import { TraineeSalary } from './trainee-salary.entity';
import type { EmploymentContext } from '../employment.context';

function createSalaryLoaders(dataSource: DataSource) {
  return {
    salariesByTrainee: loadManyBy(dataSource, TraineeSalary, 'traineeId'),
    /** Keyed by the year as text. */
    guidelineByYear: loadOneBy(dataSource, SalaryGuideline, 'year'),
  };
}

/** Salary's DataLoaders for the request `ctx` belongs to. */
export const salaryLoaders = perRequest((ctx: EmploymentContext) => createSalaryLoaders(ctx.dataSource));

/** A trainee's salaries in EMP-2's history order: newest validFrom first, the later decision first on the same day. */
export async function salaryHistory(ctx: EmploymentContext, traineeId: string): Promise<TraineeSalary[]> {
  return [...(await salaryLoaders(ctx).salariesByTrainee.load(traineeId))].sort(newestSalaryFirst);
}

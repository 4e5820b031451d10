import type { DataSource } from 'typeorm';
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

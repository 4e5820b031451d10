import type { SubgraphModule } from '@bt/subgraph';
import { SalaryGuideline } from './salary-guideline.entity';
import { TraineeSalary } from './trainee-salary.entity';
import { SalaryGuidelineResolver } from './salary-guideline.resolver';
import { TraineeSalaryResolver } from './trainee-salary.resolver';
import { TraineeCurrentSalaryResolver } from './trainee-current-salary.resolver';
import { Salary1765170000000 } from './migrations/1765170000000-salary';
import { SalaryGuidelineVersion1767600000000 } from './migrations/1767600000000-salary-guideline-version';

/** Salary (EMP-2): guideline ranges per year and each trainee's negotiated salary with its history. */
export const salaryModule: SubgraphModule = {
  resolvers: [SalaryGuidelineResolver, TraineeSalaryResolver, TraineeCurrentSalaryResolver],
  entities: [SalaryGuideline, TraineeSalary],
  migrations: [Salary1765170000000, SalaryGuidelineVersion1767600000000],
};

import { jobsModule } from '@bt/jobs';
import type { SubgraphModule } from '@bt/subgraph';
import { recruitmentModule } from './recruitment/recruitment.module';
import { salaryModule } from './salary/salary.module';

/** Employment's feature areas beyond the core (sites, units, staff, cohorts, trainees), and the job runner's tables (libs/jobs). */
export const EMPLOYMENT_MODULES: SubgraphModule[] = [recruitmentModule, salaryModule, jobsModule];

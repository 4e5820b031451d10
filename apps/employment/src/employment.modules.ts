import { recruitmentModule } from './recruitment/recruitment.module';
import { salaryModule } from './salary/salary.module';

/** Employment's feature areas beyond the core (sites, units, staff, cohorts, trainees). */
export const EMPLOYMENT_MODULES = [recruitmentModule, salaryModule];

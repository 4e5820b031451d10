import { jobsModule } from '@bt/jobs';
import { educationReadModelModule, type SubgraphModule } from '@bt/subgraph';
// recruitment and salary are imported first: type-graphql orders a type's fields by import, and the committed supergraph keeps that order
import { recruitmentModule } from './recruitment/recruitment.module';
import { salaryModule } from './salary/salary.module';
import { coreTablesModule } from './migrations/core-tables.module';
import { viewerModule } from './viewer/viewer.module';
import { siteModule } from './site/site.module';
import { unitModule } from './unit/unit.module';
import { personModule } from './person/person.module';
import { cohortModule } from './cohort/cohort.module';
import { traineeModule } from './trainee/trainee.module';
import { auditModule } from './audit/audit.module';
import { blockScheduleModule } from './block-schedule/block-schedule.module';
import { changeFeedModule } from './change-feed/change-feed.module';
import { absenceModule } from './absence/absence.module';
import { workingTimeModule } from './working-time/working-time.module';
import { workingLifeModule } from './working-life/working-life.module';

/** Every feature area of employment (and the job runner's tables, libs/jobs, and the read model of education, libs/subgraph), registered here once: the schema, the database and the server are built from this list. */
export const EMPLOYMENT_MODULES: SubgraphModule[] = [
  coreTablesModule,
  viewerModule,
  siteModule,
  unitModule,
  personModule,
  cohortModule,
  traineeModule,
  blockScheduleModule,
  auditModule,
  changeFeedModule,
  recruitmentModule,
  salaryModule,
  absenceModule,
  workingTimeModule,
  workingLifeModule,
  jobsModule,
  educationReadModelModule,
];

/** The modules' scheduled jobs, run by employment's job runner (main.ts). */
export const EMPLOYMENT_JOBS = EMPLOYMENT_MODULES.flatMap((module) => module.jobs ?? []);

import { jobsModule } from '@bt/jobs';
import type { SubgraphModule } from '@bt/subgraph';
import { EducationInitial1763800000000 } from './migrations/1763800000000-education-initial';
import { EngineNeutralSchema1766000000000 } from './migrations/1766000000000-engine-neutral-schema';
import { goalModule } from './goal/goal.module';
import { goalFrameworkModule } from './goal-framework/goal-framework.module';
import { goalProgressModule } from './goal-progress/goal-progress.module';
import { placementModule } from './placement/placement.module';
import { supervisionModule } from './supervision/supervision.module';
import { traineeModule } from './trainee/trainee.module';
import { trainingPlanModule } from './training-plan/training-plan.module';
import { changeFeedModule } from './change-feed/change-feed.module';
import { educationActivityModule } from './education-activity/education-activity.module';
import { checkpointModule } from './checkpoint/checkpoint.module';
import { accessModule } from './access/access.module';
import { employmentReadModelModule } from './employment-read-model/employment-read-model.module';

/**
 * The first migration created the tables of several areas at once, before each area kept its own; it
 * stays as it ran. A later migration is listed by the module whose tables it changes, except
 * EngineNeutralSchema, listed here: it corrects what the first migration left reading back differently
 * on SQLite and MySQL/MariaDB, in the tables of goal and of goal progress.
 */
const initialTables: SubgraphModule = { resolvers: [], entities: [], migrations: [EducationInitial1763800000000, EngineNeutralSchema1766000000000] };

/** Education's feature areas: the one place its schema, entities and migrations come from. */
export const EDUCATION_MODULES: SubgraphModule[] = [
  initialTables,
  goalModule,
  goalFrameworkModule,
  goalProgressModule,
  placementModule,
  supervisionModule,
  traineeModule,
  trainingPlanModule,
  educationActivityModule,
  checkpointModule,
  accessModule,
  changeFeedModule,
  employmentReadModelModule,
  jobsModule,
];

/** The modules' scheduled jobs, run by education's job runner (main.ts). */
export const EDUCATION_JOBS = EDUCATION_MODULES.flatMap((module) => module.jobs ?? []);

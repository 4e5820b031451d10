import { EducationInitial1763800000000 } from './migrations/1763800000000-education-initial';
import { goalModule } from './goal/goal.module';
import { goalFrameworkModule } from './goal-framework/goal-framework.module';
import { goalProgressModule } from './goal-progress/goal-progress.module';
import { placementModule } from './placement/placement.module';
import { supervisionModule } from './supervision/supervision.module';
import { traineeModule } from './trainee/trainee.module';

/** Education's feature areas: the one place its schema, entities and migrations come from. */
export const EDUCATION_MODULES = [goalModule, goalFrameworkModule, goalProgressModule, placementModule, supervisionModule, traineeModule];

/**
 * Education's migrations: the first one created the tables of several areas at once; each later one
 * is listed by the module whose tables it changes. All stay in migrations/ under the names databases
 * have already applied.
 */
export const EDUCATION_MIGRATIONS = [EducationInitial1763800000000, ...EDUCATION_MODULES.flatMap((module) => module.migrations)];

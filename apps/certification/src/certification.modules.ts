import { CertificationInitial1763800000000 } from './migrations/1763800000000-certification-initial';
import { certificateModule } from './certificate/certificate.module';
import { traineeModule } from './trainee/trainee.module';

/** Certification's feature areas: the one place its schema, entities and migrations come from. */
export const CERTIFICATION_MODULES = [certificateModule, traineeModule];

/**
 * Certification's migrations: the first one created its tables; each later one is listed by the
 * module whose tables it changes. All stay in migrations/ under the names databases have applied.
 */
export const CERTIFICATION_MIGRATIONS = [CertificationInitial1763800000000, ...CERTIFICATION_MODULES.flatMap((module) => module.migrations)];

export { employmentDatabase } from './employment.database';
export { buildEmploymentSchema } from './employment.schema';
export { startEmploymentServer, EMPLOYMENT_PORT } from './employment.server';
export { Site } from './site/site.entity';
export { Unit } from './unit/unit.entity';
export { Person } from './person/person.entity';
export { Cohort } from './cohort/cohort.entity';
export { Trainee } from './trainee/trainee.entity';
export { AuditEvent } from './audit/audit-event.entity';

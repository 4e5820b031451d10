import type { DatabaseDefinition } from '@bt/database';
import { Site } from './site/site.entity';
import { Unit } from './unit/unit.entity';
import { Person } from './person/person.entity';
import { Cohort } from './cohort/cohort.entity';
import { Trainee } from './trainee/trainee.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { EmploymentInitial1763800000000 } from './migrations/1763800000000-employment-initial';
import { ListIndexes1764000000000 } from './migrations/1764000000000-list-indexes';
import { EMPLOYMENT_MODULES } from './employment.modules';

export const employmentDatabase: DatabaseDefinition = {
  subgraph: 'employment',
  entities: [Site, Unit, Person, Cohort, Trainee, AuditEvent, ...EMPLOYMENT_MODULES.flatMap((module) => module.entities)],
  migrations: [EmploymentInitial1763800000000, ListIndexes1764000000000, ...EMPLOYMENT_MODULES.flatMap((module) => module.migrations)],
};

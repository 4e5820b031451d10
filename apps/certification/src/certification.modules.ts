import { educationReadModelModule, type SubgraphModule } from '@bt/subgraph';
import { CertificationInitial1763800000000 } from './migrations/1763800000000-certification-initial';
import { certificateModule } from './certificate/certificate.module';
import { traineeModule } from './trainee/trainee.module';

/**
 * The first migration created the tables of several areas at once, before each area kept its own; it
 * stays as it ran. A later migration is listed by the module whose tables it changes.
 */
const initialTables: SubgraphModule = { resolvers: [], entities: [], migrations: [CertificationInitial1763800000000] };

/** Certification's feature areas (and its read model of education, for supervisors' row scope): the one place its schema, entities and migrations come from. */
export const CERTIFICATION_MODULES = [initialTables, certificateModule, traineeModule, educationReadModelModule];

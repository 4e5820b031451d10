import type { DatabaseDefinition } from '@bt/database';
import { CERTIFICATION_MIGRATIONS, CERTIFICATION_MODULES } from './certification.modules';

export const certificationDatabase: DatabaseDefinition = {
  subgraph: 'certification',
  entities: CERTIFICATION_MODULES.flatMap((module) => module.entities),
  migrations: CERTIFICATION_MIGRATIONS,
};

import type { DatabaseDefinition } from '@bt/database';
import { EDUCATION_MIGRATIONS, EDUCATION_MODULES } from './education.modules';

export const educationDatabase: DatabaseDefinition = {
  subgraph: 'education',
  entities: EDUCATION_MODULES.flatMap((module) => module.entities),
  migrations: EDUCATION_MIGRATIONS,
};

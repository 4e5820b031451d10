import type { DatabaseDefinition } from '@bt/database';
import { moduleDatabase } from '@bt/subgraph';
import { EMPLOYMENT_MODULES } from './employment.modules';

export const employmentDatabase: DatabaseDefinition = moduleDatabase('employment', EMPLOYMENT_MODULES);

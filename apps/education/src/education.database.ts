import type { DatabaseDefinition } from '@bt/database';
import { moduleDatabase } from '@bt/subgraph';
import { EDUCATION_MODULES } from './education.modules';

export const educationDatabase: DatabaseDefinition = moduleDatabase('education', EDUCATION_MODULES);

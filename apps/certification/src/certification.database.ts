import type { DatabaseDefinition } from '@bt/database';
import { moduleDatabase } from '@bt/subgraph';
import { CERTIFICATION_MODULES } from './certification.modules';

export const certificationDatabase: DatabaseDefinition = moduleDatabase('certification', CERTIFICATION_MODULES);

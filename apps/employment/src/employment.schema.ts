import './employment.enums';
import { buildModuleSchema } from '@bt/subgraph';
import { EMPLOYMENT_MODULES } from './employment.modules';

export function buildEmploymentSchema() {
  return buildModuleSchema(EMPLOYMENT_MODULES);
}

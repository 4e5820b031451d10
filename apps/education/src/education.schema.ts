import { buildModulesSchema } from '@bt/subgraph';
import { EDUCATION_MODULES } from './education.modules';

export function buildEducationSchema() {
  return buildModulesSchema(EDUCATION_MODULES);
}

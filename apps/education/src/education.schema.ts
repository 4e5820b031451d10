import { buildModuleSchema } from '@bt/subgraph';
import { EDUCATION_MODULES } from './education.modules';

export function buildEducationSchema() {
  return buildModuleSchema(EDUCATION_MODULES);
}

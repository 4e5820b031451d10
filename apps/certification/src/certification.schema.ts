import { buildModulesSchema } from '@bt/subgraph';
import { CERTIFICATION_MODULES } from './certification.modules';

export function buildCertificationSchema() {
  return buildModulesSchema(CERTIFICATION_MODULES);
}

import { buildModuleSchema } from '@bt/subgraph';
import { CERTIFICATION_MODULES } from './certification.modules';

export function buildCertificationSchema() {
  return buildModuleSchema(CERTIFICATION_MODULES);
}

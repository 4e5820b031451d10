import { PROGRAMME_ROLES } from '@bt/auth';
import { guardReference } from '@bt/subgraph';
import type { EmploymentContext } from '../employment.context';

export const resolveCohortReference = guardReference(PROGRAMME_ROLES, (reference: { id: string }, ctx: EmploymentContext) =>
  ctx.loaders.cohort.load(reference.id),
);

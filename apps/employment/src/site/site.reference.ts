import { ALL_ROLES } from '@bt/auth';
import { guardReference } from '@bt/subgraph';
import type { EmploymentContext } from '../employment.context';

export const resolveSiteReference = guardReference(ALL_ROLES, (reference: { id: string }, ctx: EmploymentContext) =>
  ctx.loaders.site.load(reference.id),
);

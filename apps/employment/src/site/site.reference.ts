import { Permission } from '@bt/auth';
import { guardReference } from '@bt/subgraph';
import type { EmploymentContext } from '../employment.context';

export const resolveSiteReference = guardReference(Permission.READ_ORGANISATION, (reference: { id: string }, ctx: EmploymentContext) =>
  ctx.loaders.site.load(reference.id),
);

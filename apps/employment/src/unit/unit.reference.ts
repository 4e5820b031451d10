import { ALL_ROLES } from '@bt/auth';
import { guardReference } from '@bt/subgraph';
import type { EmploymentContext } from '../employment.context';

export const resolveUnitReference = guardReference(ALL_ROLES, (reference: { id: string }, ctx: EmploymentContext) =>
  ctx.loaders.unit.load(reference.id),
);

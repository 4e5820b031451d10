import { Permission } from '@bt/auth';
import { guardReference } from '@bt/subgraph';
import type { EmploymentContext } from '../employment.context';

export const resolveUnitReference = guardReference(Permission.READ_ORGANISATION, (reference: { id: string }, ctx: EmploymentContext) =>
  ctx.loaders.unit.load(reference.id),
);

import { Permission } from '@bt/auth';
import { guardReference } from '@bt/subgraph';
import type { EmploymentContext } from '../employment.context';

export const resolveCohortReference = guardReference(Permission.READ_PROGRAMME, (reference: { id: string }, ctx: EmploymentContext) =>
  ctx.loaders.cohort.load(reference.id),
);

import { ALL_ROLES } from '@bt/auth';
import { guardReference } from '@bt/subgraph';
import type { EducationContext } from '../education.context';

export const resolveGoalReference = guardReference(ALL_ROLES, (reference: { id: string }, ctx: EducationContext) =>
  ctx.loaders.goal.load(reference.id),
);

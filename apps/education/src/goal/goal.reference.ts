import { Permission } from '@bt/auth';
import { guardReference } from '@bt/subgraph';
import { goalLoaders } from './goal.loaders';
import type { EducationContext } from '../education.context';

export const resolveGoalReference = guardReference(Permission.READ_ORGANISATION, (reference: { id: string }, ctx: EducationContext) =>
  goalLoaders(ctx).goal.load(reference.id),
);

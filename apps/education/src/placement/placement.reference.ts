import { TRAINEE_READERS } from '@bt/auth';
import { assertTraineeVisible, guardReference } from '@bt/subgraph';
import type { EducationContext } from '../education.context';
import type { Placement } from './placement.entity';

export const resolvePlacementReference = guardReference(
  TRAINEE_READERS,
  async (reference: { id: string }, ctx: EducationContext): Promise<Placement | undefined> => {
    const placement = await ctx.loaders.placement.load(reference.id);
    if (placement) await assertTraineeVisible(ctx, placement.traineeId, 'Du får inte se den här placeringen.');
    return placement;
  },
);

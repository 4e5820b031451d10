import { Permission } from '@bt/auth';
import { assertTraineeVisible, guardReference } from '@bt/subgraph';
import { placementLoaders } from './placement.loaders';
import type { Placement } from './placement.entity';
import type { EducationContext } from '../education.context';

export const resolvePlacementReference = guardReference(
  Permission.READ_TRAINEES,
  async (reference: { id: string }, ctx: EducationContext): Promise<Placement | undefined> => {
    const placement = await placementLoaders(ctx).placement.load(reference.id);
    if (placement) await assertTraineeVisible(ctx, placement.traineeId, 'Du får inte se den här placeringen.');
    return placement;
  },
);

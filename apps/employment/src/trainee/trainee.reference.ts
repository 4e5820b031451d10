import { Permission } from '@bt/auth';
import { assertTraineeVisible, guardReference } from '@bt/subgraph';
import type { EmploymentContext } from '../employment.context';
import type { Trainee } from './trainee.entity';

/** `_entities` for Trainee: the same permission and row scope as the trainee queries. */
export const resolveTraineeReference = guardReference(
  Permission.READ_TRAINEES,
  async (reference: { id: string }, ctx: EmploymentContext): Promise<Trainee | undefined> => {
    await assertTraineeVisible(ctx, reference.id, 'Du får inte se den här BT-läkaren.');
    return ctx.loaders.trainee.load(reference.id);
  },
);

import { forbidden, inScope, TRAINEE_READERS } from '@bt/auth';
import { guardReference } from '@bt/subgraph';
import type { EmploymentContext } from '../employment.context';
import type { Trainee } from './trainee.entity';

/** `_entities` for Trainee: the same roles and row scope as the trainee queries. */
export const resolveTraineeReference = guardReference(
  TRAINEE_READERS,
  async (reference: { id: string }, ctx: EmploymentContext): Promise<Trainee | undefined> => {
    const [trainee, scope] = await Promise.all([ctx.loaders.trainee.load(reference.id), ctx.traineeScope()]);
    if (trainee && !inScope(scope, trainee.id)) throw forbidden('Du får inte se den här BT-läkaren.');
    return trainee;
  },
);

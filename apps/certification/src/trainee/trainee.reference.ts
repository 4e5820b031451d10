import { TRAINEE_READERS } from '@bt/auth';
import { assertTraineeVisible, guardReference } from '@bt/subgraph';
import { Trainee } from './trainee.type';
import type { CertificationContext } from '../certification.context';

/** `_entities` for Trainee: the caller's role and row scope decide, as in employment. */
export const resolveTraineeReference = guardReference(
  TRAINEE_READERS,
  async (reference: { id: string }, ctx: CertificationContext): Promise<Trainee> => {
    await assertTraineeVisible(ctx, reference.id, 'Du får inte se den här BT-läkaren.');
    return Object.assign(new Trainee(), { id: reference.id });
  },
);

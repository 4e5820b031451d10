import { Permission } from '@bt/auth';
import { assertTraineeVisible, guardReference } from '@bt/subgraph';
import { Trainee } from './trainee.type';
import type { EducationContext } from '../education.context';

/** `_entities` for Trainee: the caller's permission and row scope decide, as in employment. */
export const resolveTraineeReference = guardReference(Permission.READ_TRAINEES, async (reference: { id: string }, ctx: EducationContext): Promise<Trainee> => {
  await assertTraineeVisible(ctx, reference.id, 'Du får inte se den här BT-läkaren.');
  return Object.assign(new Trainee(), { id: reference.id });
});

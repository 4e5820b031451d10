import { Permission } from '@bt/auth';
import { guardReference } from '@bt/subgraph';
import type { EmploymentContext } from '../employment.context';

/** Staff names are shown wherever a supervisor, signer or head of unit appears, to every role. */
export const resolvePersonReference = guardReference(Permission.READ_ORGANISATION, (reference: { id: string }, ctx: EmploymentContext) =>
  ctx.loaders.person.load(reference.id),
);

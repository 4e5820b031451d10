import { ROLE_LABELS_SV, type Role } from '@bt/auth';
import { problem, type Problem } from '@bt/domain';
import type { Person } from './person.entity';

/** A person named for a duty (e.g. head of unit) must have the role for it: PERSON_LACKS_ROLE on `field`. */
export function roleProblems(label: string, field: string, person: Person | undefined, role: Role): Problem[] {
  return person && !person.roles.includes(role)
    ? [
        problem('PERSON_LACKS_ROLE', `${label} har inte rollen ${ROLE_LABELS_SV[role].toLowerCase()}. Välj en person med den rollen.`, {
          field,
          params: { role, name: person.name },
        }),
      ]
    : [];
}

import { ROLE_LABELS_SV, type Role } from '@bt/auth';
import type { Person } from './person.entity';

/** A person named for a duty (e.g. head of unit) must have the role for it. */
export function roleProblems(label: string, field: string, person: Person | undefined, role: Role): string[] {
  return person && !person.roles.includes(role) ? [`${label} (${field}) har inte rollen ${ROLE_LABELS_SV[role].toLowerCase()}.`] : [];
}

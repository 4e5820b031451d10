import { problem, type Problem } from './problem';

/**
 * ORG-2: the roles only the Director grants or removes. They are the programme roles: each reaches
 * every trainee and the sensitive data of the programme (identity numbers, salaries, rankings, other
 * people's roles), so granting one is granting that reach. The other roles (supervisors, head of
 * unit, unit BT lead, external assessor) reach only their own rows, and administrative support may
 * still give and take them as before. Role names as in DOMAIN.md's glossary (the enum lives with
 * authorisation, @bt/auth, whose permission test keeps this list and the permission table in step).
 */
export const PRIVILEGED_ROLES: readonly string[] = ['DIRECTOR', 'DEPUTY_DIRECTOR', 'DIRECTOR_OF_STUDIES', 'HR_COORDINATOR', 'ADMIN_SUPPORT'];

export interface RoleChange {
  /** Who changes the roles, and whose roles they are. */
  actorId: string;
  personId: string;
  before: readonly string[];
  after: readonly string[];
  /** Whether the actor may grant and remove privileged roles (the Director). */
  mayGrantPrivileged: boolean;
}

/** The roles in one list and not the other, in the order of `from`. */
function rolesNotIn(from: readonly string[], other: readonly string[]): string[] {
  return [...new Set(from)].filter((role) => !other.includes(role));
}

/** The roles a change adds and removes; both empty when the roles stay the same. */
export function roleDifference(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  return { added: rolesNotIn(after, before), removed: rolesNotIn(before, after) };
}

/**
 * ORG-2: nobody changes their own roles, the Director neither (OWN_ROLES_UNCHANGEABLE), and only the
 * Director grants or removes a privileged role (ROLE_GRANT_NOT_PERMITTED, naming the roles). A change
 * that leaves the roles as they are is no role change.
 */
export function roleChangeProblems(change: RoleChange): Problem[] {
  const { added, removed } = roleDifference(change.before, change.after);
  if (added.length === 0 && removed.length === 0) return [];
  if (change.actorId === change.personId) {
    return [problem('OWN_ROLES_UNCHANGEABLE', 'Du kan inte ändra dina egna roller. Be AT/BT-chefen om ändringen.', { rule: 'ORG-2', field: 'input.roles' })];
  }
  const privileged = [...added, ...removed].filter((role) => PRIVILEGED_ROLES.includes(role));
  if (privileged.length > 0 && !change.mayGrantPrivileged) {
    return [
      problem('ROLE_GRANT_NOT_PERMITTED', 'Bara AT/BT-chefen kan ge eller ta bort ledningsroller, HR-samordnare och administrativt stöd.', {
        rule: 'ORG-2',
        field: 'input.roles',
        params: { roles: privileged.join(', ') },
      }),
    ];
  }
  return [];
}

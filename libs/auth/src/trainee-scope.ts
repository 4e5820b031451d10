import { PROGRAMME_ROLES, Role } from './role';
import { hasAnyRole, type Viewer } from './viewer';

/** Which trainees a caller may see: all of them, or only the listed ids (row-level scoping). */
export type TraineeScope = { all: true } | { all: false; ids: ReadonlySet<string> };

/**
 * - The programme's management, directors of studies, HR and admin support: every trainee.
 * - A main or clinical supervisor: the trainees they supervise (education knows; other subgraphs ask it).
 * - A trainee: themselves.
 * - Anyone else: no trainee.
 */
export async function resolveTraineeScope(
  viewer: Viewer,
  supervisedTraineeIds: () => Promise<string[]>,
): Promise<TraineeScope> {
  if (hasAnyRole(viewer, PROGRAMME_ROLES)) return { all: true };
  const ids = new Set<string>();
  if (viewer.traineeId && viewer.roles.includes(Role.TRAINEE)) ids.add(viewer.traineeId);
  if (hasAnyRole(viewer, [Role.MAIN_SUPERVISOR, Role.CLINICAL_SUPERVISOR])) {
    for (const id of await supervisedTraineeIds()) ids.add(id);
  }
  return { all: false, ids };
}

export function inScope(scope: TraineeScope, traineeId: string): boolean {
  return scope.all || scope.ids.has(traineeId);
}

/** Roles that may reach trainee data at all (their rows are then scoped as above). */
export const TRAINEE_READERS: readonly Role[] = [...PROGRAMME_ROLES, Role.MAIN_SUPERVISOR, Role.CLINICAL_SUPERVISOR, Role.TRAINEE];

import { Permission, PermissionScope, permissionScope } from './permissions';
import type { Viewer } from './viewer';

/** Which trainees a caller may see: all of them, or only the listed ids (row-level scoping). */
export type TraineeScope = { all: true } | { all: false; ids: ReadonlySet<string> };

/**
 * The trainees the viewer's READ_TRAINEES permission reaches (the permission table):
 * - ALL (the programme's management, directors of studies, HR and admin support): every trainee.
 * - OWN_ROWS: a trainee themselves, and the trainees a supervisor supervises (education knows; the
 *   supervisor's own rows are asked for only when the viewer may supervise at all, READ_SUPERVISED_TRAINEES).
 * - none: no trainee.
 */
export async function resolveTraineeScope(viewer: Viewer, supervisedTraineeIds: () => Promise<string[]>): Promise<TraineeScope> {
  const scope = permissionScope(viewer, Permission.READ_TRAINEES);
  if (scope === PermissionScope.ALL) return { all: true };
  const ids = new Set<string>();
  if (scope === undefined) return { all: false, ids };
  if (viewer.traineeId) ids.add(viewer.traineeId);
  if (permissionScope(viewer, Permission.READ_SUPERVISED_TRAINEES) !== undefined) {
    for (const id of await supervisedTraineeIds()) ids.add(id);
  }
  return { all: false, ids };
}

export function inScope(scope: TraineeScope, traineeId: string): boolean {
  return scope.all || scope.ids.has(traineeId);
}

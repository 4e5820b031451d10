import { Permission, PermissionScope, permissionScope } from './permissions';
import type { Viewer } from './viewer';

/**
 * Which trainees a caller may see, described by who the caller is rather than by a list of ids:
 * all of them, or the trainee themselves (`traineeId`) and the trainees the person `supervisorId`
 * supervises. A subgraph turns it into SQL on its own tables (TraineeRowScope in @bt/subgraph).
 */
export type TraineeScope = { all: true } | { all: false; traineeId?: string; supervisorId?: string };

/**
 * The trainees the viewer's READ_TRAINEES permission reaches (the permission table):
 * - ALL (the programme's management, directors of studies, HR and admin support): every trainee.
 * - OWN_ROWS: a trainee themselves, and the trainees a supervisor supervises (only when the viewer may
 *   supervise at all, READ_SUPERVISED_TRAINEES).
 * - none: no trainee.
 */
export function resolveTraineeScope(viewer: Viewer): TraineeScope {
  const scope = permissionScope(viewer, Permission.READ_TRAINEES);
  if (scope === PermissionScope.ALL) return { all: true };
  if (scope === undefined) return { all: false };
  return {
    all: false,
    ...(viewer.traineeId ? { traineeId: viewer.traineeId } : {}),
    ...(permissionScope(viewer, Permission.READ_SUPERVISED_TRAINEES) !== undefined ? { supervisorId: viewer.id } : {}),
  };
}

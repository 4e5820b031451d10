import type { Viewer } from '@bt/auth';
import type { IsoDate } from '@bt/domain';

/**
 * Who acts when a scheduled job does something (e.g. marks an offer expired): no person and no role.
 * Services that a job calls decide what this identity may do (the rule itself, e.g. REC-7's week); it
 * is stored where a person's id would be (`answeredById = 'system:jobs'`).
 */
export const SYSTEM_VIEWER: Viewer = { id: 'system:jobs', username: 'system:jobs', name: 'Schemalagt jobb', roles: [] };

/** The actor (`Actor` of @bt/subgraph) a job hands to the services it calls. */
export function systemActor(today: IsoDate): { viewer: Viewer; today: IsoDate } {
  return { viewer: SYSTEM_VIEWER, today };
}

export function isSystemViewer(viewer: Viewer): boolean {
  return viewer.id === SYSTEM_VIEWER.id;
}

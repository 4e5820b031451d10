import type { Viewer } from '@bt/auth';
import type { IsoDate } from '@bt/domain';

/**
 * Who acts when no person does: a scheduled job (e.g. marking an offer expired) or a command run on the
 * server (e.g. the recruitment import). No role: services that such work calls treat these identities
 * as acting on every row (the rule itself decides, e.g. REC-7's week). Their id is stored where a
 * person's would be (`answeredById = 'system:jobs'`).
 */
export const SYSTEM_VIEWER: Viewer = { id: 'system:jobs', username: 'system:jobs', name: 'Schemalagt jobb', roles: [] };
export const COMMAND_VIEWER: Viewer = { id: 'system:command', username: 'system:command', name: 'Kommando på servern', roles: [] };

/** The actor (`Actor` of @bt/subgraph) a job hands to the services it calls. */
export function systemActor(today: IsoDate): { viewer: Viewer; today: IsoDate } {
  return { viewer: SYSTEM_VIEWER, today };
}

/** The actor a command line tool hands to the services it calls. */
export function commandActor(today: IsoDate): { viewer: Viewer; today: IsoDate } {
  return { viewer: COMMAND_VIEWER, today };
}

/** Whether the viewer is a job or a command rather than a person. */
export function isSystemViewer(viewer: Viewer): boolean {
  return viewer.id.startsWith('system:');
}

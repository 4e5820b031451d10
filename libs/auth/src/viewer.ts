import { Role } from './role';
import type { ServiceName } from './service-identity';

/** The signed-in caller, as carried by a verified token. */
export interface Viewer {
  /** Person id (staff) or trainee id (for the TRAINEE role). */
  id: string;
  username: string;
  name: string;
  roles: Role[];
  /** Site the person belongs to, if any (the deputy director's default scope is their site). */
  siteId?: string;
  /** Set when the viewer is a trainee: their own Trainee id. */
  traineeId?: string;
  /** Set only for a service identity (a subgraph calling as itself, with no roles): see service-identity.ts. */
  service?: ServiceName;
}

export function hasAnyRole(viewer: Viewer | undefined, roles: readonly Role[]): boolean {
  return !!viewer && viewer.roles.some((role) => roles.includes(role));
}

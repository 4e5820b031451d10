import type { GrantedPermission as ServerGrant, Permission } from '@bt/auth';

/** A permission's name as the graph spells it (`viewer { permissions { permission } }`). */
export type PermissionName = `${Permission}`;

/** One permission the server grants the signed-in person: how far it reaches, and the site for OWN_SITE. */
export interface GrantedPermission {
  permission: PermissionName;
  scope: `${ServerGrant['scope']}`;
  siteId?: string | null;
}

/**
 * What the signed-in person may do, as the server says (`viewer { permissions }`); menus and buttons
 * follow it, and the server checks every call regardless. The table itself lives only in libs/auth.
 */
export type Permissions = readonly GrantedPermission[] | undefined;

const grantOf = (permissions: Permissions, permission: PermissionName) => permissions?.find((grant) => grant.permission === permission);

export function hasPermission(permissions: Permissions, permission: PermissionName): boolean {
  return grantOf(permissions, permission) !== undefined;
}

/**
 * Whether `permission` reaches a row of `siteId`: ALL reaches every site, OWN_SITE only the person's
 * own (the deputy director's Ljungby), OWN_ROWS is the server's to decide per row.
 */
export function reachesSite(permissions: Permissions, permission: PermissionName, siteId: string | null | undefined): boolean {
  const grant = grantOf(permissions, permission);
  if (grant?.scope === 'OWN_SITE') return !!siteId && grant.siteId === siteId;
  return grant !== undefined;
}

/**
 * Whether `permission` reaches one row of `siteId` whose own-rows test the page knows (`ownRow`, e.g.
 * EDU-8: the viewer is the trainee's main supervisor): OWN_ROWS then reaches it only when it is the
 * viewer's own; ALL and OWN_SITE as in reachesSite.
 */
export function reachesRow(permissions: Permissions, permission: PermissionName, siteId: string | null | undefined, ownRow: boolean): boolean {
  return grantOf(permissions, permission)?.scope === 'OWN_ROWS' ? ownRow : reachesSite(permissions, permission, siteId);
}

import type { GrantedPermission } from '../permissions';

/** What the server grants the signed-in person; the only source of the dashboard's menus and buttons. */
export const VIEWER_PERMISSIONS = `query { viewer { permissions { permission scope siteId } } }`;

export interface ViewerPermissions {
  viewer: { permissions: GrantedPermission[] };
}

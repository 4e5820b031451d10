import { Role, type Viewer } from '@bt/auth';

/**
 * The site a list is limited to. The deputy director has local responsibility for Ljungby (ORG-1), so
 * their lists show their own site unless they ask for another site or for all sites.
 */
export function siteFilter(viewer: Viewer, siteId: string | undefined, allSites: boolean): string | undefined {
  if (siteId) return siteId;
  if (allSites) return undefined;
  const deputyOnly = viewer.roles.includes(Role.DEPUTY_DIRECTOR) && !viewer.roles.includes(Role.DIRECTOR);
  return deputyOnly ? viewer.siteId : undefined;
}

import type { DataSource } from 'typeorm';
import { forbidden, Permission, PermissionScope, permissionScope } from '@bt/auth';
import { ReadPlacement, type Actor } from '@bt/subgraph';
import { Unit } from '../unit/unit.entity';

/**
 * ABS-5, ABS-6, ABS-7 row scope of a trainee's working time: `permission`'s scope (the permission
 * table) decides. ALL: every trainee; OWN_SITE: the trainee's site is the viewer's (ORG-1); OWN_ROWS:
 * the trainee themself, or the head of the unit the trainee is placed in today (one statement).
 */
export async function assertWorkingTimeReaches(
  dataSource: DataSource,
  { viewer, today }: Actor,
  permission: Permission,
  trainee: { id: string; siteId: string },
): Promise<void> {
  const scope = permissionScope(viewer, permission);
  if (scope === PermissionScope.ALL) return;
  if (scope === PermissionScope.OWN_SITE) {
    if (viewer.siteId === trainee.siteId) return;
    throw forbidden('Du ser och beslutar bara för BT-läkare på din egen huvudort.', 'SITE_NOT_IN_SCOPE', 'ORG-1');
  }
  if (scope === PermissionScope.OWN_ROWS) {
    if (viewer.traineeId === trainee.id) return;
    const headOfCurrentUnit = await dataSource
      .getRepository(ReadPlacement)
      .createQueryBuilder('placement')
      .innerJoin(Unit, 'unit', 'unit.id = placement.unitId')
      .where('placement.traineeId = :traineeId AND unit.headOfUnitId = :viewerId', { traineeId: trainee.id, viewerId: viewer.id })
      .andWhere('placement.startDate <= :today AND placement.endDate >= :today', { today })
      .getExists();
    if (headOfCurrentUnit) return;
  }
  throw forbidden('Du ser bara arbetstiden för dig själv eller för BT-läkare som är placerade på din enhet i dag.', 'TRAINEE_NOT_IN_SCOPE');
}

/**
 * ORG-1: the site a site-wide list or decision is for: the asked site when the widest of the viewer's `permissions`
 * reaches it (the deputy director: only their own; without a site, their own), every site (undefined)
 * for ALL without a site.
 */
export function siteInScope({ viewer }: Actor, permissions: readonly Permission[], siteId: string | undefined | null): string | undefined {
  const scopes = permissions.map((permission) => permissionScope(viewer, permission));
  const scope = scopes.includes(PermissionScope.ALL) ? PermissionScope.ALL : scopes.find((candidate) => candidate !== undefined);
  if (scope === PermissionScope.ALL) return siteId ?? undefined;
  if (scope === PermissionScope.OWN_SITE && viewer.siteId && (!siteId || siteId === viewer.siteId)) return viewer.siteId;
  throw forbidden('Du ser och beslutar bara för din egen huvudort; för den andra huvudorten beslutar AT/BT-chefen.', 'SITE_NOT_IN_SCOPE', 'ORG-1');
}

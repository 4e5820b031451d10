import { PRIVILEGED_ROLES } from '@bt/domain';
import { Role } from './role';
import type { Viewer } from './viewer';
import {
  assertPermissionReachesSite,
  grantedPermissions,
  hasPermission,
  Permission,
  PermissionScope,
  PERMISSIONS,
  SERVICE_PERMISSIONS,
  permissionReachesSite,
  permissionScope,
} from './permissions';

const LJUNGBY = 'site-ljungby';
const VAXJO = 'site-vaxjo';
const viewer = (roles: Role[], siteId?: string): Viewer => ({ id: 'p1', username: 'u', name: 'U', roles, siteId });

describe('the permission table', () => {
  it('grants every permission to at least one role or service identity', () => {
    const toServices = new Set(Object.values(SERVICE_PERMISSIONS).flat());
    for (const permission of Object.values(Permission)) {
      expect([permission, Object.keys(PERMISSIONS[permission]).length > 0 || toServices.has(permission)]).toEqual([permission, true]);
    }
  });

  it('ORG-2: every role a permission gives more than its own rows is privileged (only the Director grants it)', () => {
    for (const permission of Object.values(Permission).filter((p) => p !== Permission.READ_ORGANISATION)) {
      for (const [role, scope] of Object.entries(PERMISSIONS[permission])) {
        if (scope !== PermissionScope.OWN_ROWS) expect([permission, role, PRIVILEGED_ROLES.includes(role)]).toEqual([permission, role, true]);
      }
    }
    expect(PERMISSIONS[Permission.GRANT_PRIVILEGED_ROLES]).toEqual({ [Role.DIRECTOR]: PermissionScope.ALL });
    expect(PERMISSIONS[Permission.READ_AUDIT]).toEqual({ [Role.DIRECTOR]: PermissionScope.ALL });
  });

  it('gives the widest scope of all the viewer’s roles', () => {
    expect(permissionScope(viewer([Role.TRAINEE]), Permission.READ_TRAINEES)).toBe(PermissionScope.OWN_ROWS);
    expect(permissionScope(viewer([Role.MAIN_SUPERVISOR, Role.DIRECTOR_OF_STUDIES]), Permission.READ_TRAINEES)).toBe(PermissionScope.ALL);
    expect(permissionScope(viewer([Role.TRAINEE]), Permission.READ_SALARY)).toBeUndefined();
    expect(hasPermission(undefined, Permission.READ_ORGANISATION)).toBe(false);
  });

  it('ORG-1: the deputy director decides employment, salary, cohorts and offers for their own site only; the Director for all', () => {
    const deputy = viewer([Role.DEPUTY_DIRECTOR], LJUNGBY);
    for (const permission of [Permission.EDIT_COHORTS, Permission.EDIT_EMPLOYMENT, Permission.SET_SALARY, Permission.MAKE_OFFER, Permission.ANSWER_OFFER]) {
      expect(permissionReachesSite(deputy, permission, LJUNGBY)).toBe(true);
      expect(permissionReachesSite(deputy, permission, VAXJO)).toBe(false);
      expect(permissionReachesSite(viewer([Role.DIRECTOR]), permission, VAXJO)).toBe(true);
    }
    expect(permissionReachesSite(deputy, Permission.READ_SALARY, VAXJO)).toBe(true);
    expect(() => assertPermissionReachesSite(deputy, Permission.MAKE_OFFER, VAXJO)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'FORBIDDEN', problems: [expect.objectContaining({ code: 'SITE_NOT_IN_SCOPE', rule: 'ORG-1' })] }),
      }),
    );
  });

  it('lists what a viewer may do, with the site for own-site permissions', () => {
    const granted = grantedPermissions(viewer([Role.DEPUTY_DIRECTOR], LJUNGBY));
    expect(granted).toContainEqual({ permission: Permission.EDIT_COHORTS, scope: PermissionScope.OWN_SITE, siteId: LJUNGBY });
    expect(granted).toContainEqual({ permission: Permission.READ_PROGRAMME, scope: PermissionScope.ALL });
    expect(granted.map((item) => item.permission)).not.toContain(Permission.SET_SALARY_GUIDELINE);
  });

  it('REC-9: HR runs the process parts of recruitment; the decisions (rubric, second round, late applications, offers) stay with the Director and deputy', () => {
    const hr = viewer([Role.HR_COORDINATOR]);
    for (const permission of [Permission.MANAGE_ROUNDS, Permission.HANDLE_APPLICATIONS]) expect(permissionScope(hr, permission)).toBe(PermissionScope.ALL);
    for (const permission of [Permission.DECIDE_RECRUITMENT, Permission.MAKE_OFFER]) expect(hasPermission(hr, permission)).toBe(false);
    expect(permissionScope(viewer([Role.DIRECTOR]), Permission.DECIDE_RECRUITMENT)).toBe(PermissionScope.ALL);
    expect(permissionScope(viewer([Role.DEPUTY_DIRECTOR], LJUNGBY), Permission.DECIDE_RECRUITMENT)).toBe(PermissionScope.ALL);
    expect(hasPermission(viewer([Role.DEPUTY_DIRECTOR], LJUNGBY), Permission.MANAGE_ROUNDS)).toBe(false);
    expect(hasPermission(viewer([Role.DIRECTOR_OF_STUDIES]), Permission.DECIDE_RECRUITMENT)).toBe(false);
  });

  it('ABS-3, ABS-10, ABS-11: health data (sick leave, VAB) only for the Director, HR, the deputy of the site and the head of unit; supervisors and the trainee see absence without it', () => {
    const scope = (roles: Role[], permission: Permission) => permissionScope(viewer(roles, LJUNGBY), permission);
    expect(scope([Role.DIRECTOR], Permission.READ_SICK_LEAVE)).toBe(PermissionScope.ALL);
    expect(scope([Role.HR_COORDINATOR], Permission.READ_SICK_LEAVE)).toBe(PermissionScope.ALL);
    expect(scope([Role.DEPUTY_DIRECTOR], Permission.READ_SICK_LEAVE)).toBe(PermissionScope.OWN_SITE);
    expect(scope([Role.HEAD_OF_UNIT], Permission.READ_SICK_LEAVE)).toBe(PermissionScope.OWN_ROWS);
    for (const role of [Role.DIRECTOR_OF_STUDIES, Role.ADMIN_SUPPORT, Role.MAIN_SUPERVISOR, Role.CLINICAL_SUPERVISOR, Role.UNIT_BT_LEAD, Role.TRAINEE]) {
      expect(scope([role], Permission.READ_SICK_LEAVE)).toBeUndefined();
    }
    for (const role of [Role.MAIN_SUPERVISOR, Role.CLINICAL_SUPERVISOR, Role.HEAD_OF_UNIT, Role.TRAINEE])
      expect(scope([role], Permission.READ_ABSENCES)).toBe(PermissionScope.OWN_ROWS);
    expect(hasPermission(viewer([Role.EXTERNAL_ASSESSOR]), Permission.READ_ABSENCES)).toBe(false);
    // the trainee applies for herself, HR and admin support for anyone; the decisions are the heads', HR's (vårdval) and the Director's
    expect(scope([Role.TRAINEE], Permission.APPLY_ABSENCE)).toBe(PermissionScope.OWN_ROWS);
    expect(scope([Role.ADMIN_SUPPORT], Permission.APPLY_ABSENCE)).toBe(PermissionScope.ALL);
    expect(hasPermission(viewer([Role.TRAINEE]), Permission.DECIDE_ABSENCE)).toBe(false);
    expect(hasPermission(viewer([Role.ADMIN_SUPPORT]), Permission.DECIDE_ABSENCE)).toBe(false);
    expect(permissionReachesSite(viewer([Role.DEPUTY_DIRECTOR], LJUNGBY), Permission.DECIDE_REHABILITATION, VAXJO)).toBe(false);
    expect(permissionReachesSite(viewer([Role.DIRECTOR]), Permission.DECIDE_REHABILITATION, VAXJO)).toBe(true);
  });
});

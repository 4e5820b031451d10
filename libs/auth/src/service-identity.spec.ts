import jwt from 'jsonwebtoken';
import { Role } from './role';
import { signToken, verifyToken } from './token';
import { ServiceName, ServiceTokens, serviceViewer, signServiceToken } from './service-identity';
import { hasPermission, Permission, PermissionScope, permissionScope, SERVICE_PERMISSIONS } from './permissions';

const secret = 'test-secret';

describe('service identities', () => {
  it('a service token verifies as the service, with no roles and no person', () => {
    expect(verifyToken(signServiceToken(ServiceName.EMPLOYMENT, secret), secret)).toEqual({
      id: 'service:employment',
      username: 'service:employment',
      name: 'Delgrafen employment',
      roles: [],
      service: ServiceName.EMPLOYMENT,
    });
  });

  it('is refused when signed with another secret, expired, or naming no known service', () => {
    expect(() => verifyToken(signServiceToken(ServiceName.EMPLOYMENT, 'other'), secret)).toThrow(/Ogiltig/);
    expect(() => verifyToken(signServiceToken(ServiceName.EMPLOYMENT, secret, -10), secret)).toThrow(/gått ut/);
    const unknown = jwt.sign({ service: 'payroll' }, secret, { subject: 'service:payroll', issuer: 'bt-service', expiresIn: 60 });
    expect(() => verifyToken(unknown, secret)).toThrow(/känd tjänst/);
  });

  it("a person's token is never a service identity: signToken refuses one, and a service claim in a person's token is ignored", () => {
    expect(() => signToken(serviceViewer(ServiceName.EMPLOYMENT), secret, 60)).toThrow(/signServiceToken/);
    const smuggled = jwt.sign({ username: 'atbt-chef', roles: [Role.DIRECTOR], service: 'employment' }, secret, {
      subject: 'p1',
      issuer: 'bt-admin',
      expiresIn: 60,
    });
    expect(verifyToken(smuggled, secret).service).toBeUndefined();
  });

  it('has exactly the permissions of its table, reaching every row, and none of any role', () => {
    const granted = (service: ServiceName) => Object.values(Permission).filter((permission) => hasPermission(serviceViewer(service), permission));
    expect(granted(ServiceName.EMPLOYMENT)).toEqual([Permission.READ_CHANGE_FEED]);
    expect(granted(ServiceName.CERTIFICATION)).toEqual([Permission.READ_CHANGE_FEED]);
    expect(granted(ServiceName.EDUCATION)).toEqual([
      Permission.READ_ORGANISATION,
      Permission.READ_PROGRAMME,
      Permission.READ_CHANGE_FEED,
      Permission.READ_SUPERVISION_FACTS,
    ]);
    expect(SERVICE_PERMISSIONS[ServiceName.EMPLOYMENT]).not.toContain(Permission.READ_TRAINEES);
    expect(permissionScope(serviceViewer(ServiceName.EMPLOYMENT), Permission.READ_CHANGE_FEED)).toBe(PermissionScope.ALL);
  });

  it('a supervisor reaches only their own supervised trainees, and no role may read the change feed', () => {
    const supervisor = { id: 'p1', username: 'hhl', name: 'HHL', roles: [Role.MAIN_SUPERVISOR] };
    const director = { id: 'p2', username: 'chef', name: 'Chef', roles: [Role.DIRECTOR] };
    expect(permissionScope(supervisor, Permission.READ_SUPERVISED_TRAINEES)).toBe(PermissionScope.OWN_ROWS);
    expect(hasPermission(director, Permission.READ_SUPERVISED_TRAINEES)).toBe(false);
    for (const role of Object.values(Role)) {
      expect(hasPermission({ ...director, roles: [role] }, Permission.READ_CHANGE_FEED)).toBe(false);
    }
  });

  it('keeps one token until a fifth of its lifetime is left, then signs a new one', () => {
    let now = Date.now();
    const tokens = new ServiceTokens(ServiceName.CERTIFICATION, secret, 100, () => now);
    const first = tokens.token();
    now += 79_000;
    expect(tokens.token()).toBe(first);
    now += 1_000;
    const renewed = tokens.token();
    expect(renewed).not.toBe(first);
    expect(verifyToken(renewed, secret).service).toBe(ServiceName.CERTIFICATION);
  });
});

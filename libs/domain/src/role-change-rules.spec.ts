import { PRIVILEGED_ROLES, roleChangeProblems, roleDifference, type RoleChange } from './role-change-rules';

const change = (overrides: Partial<RoleChange>): RoleChange => ({
  actorId: 'support',
  personId: 'eva',
  before: ['CLINICAL_SUPERVISOR'],
  after: ['CLINICAL_SUPERVISOR'],
  mayGrantPrivileged: false,
  ...overrides,
});

describe('ORG-2: who changes roles', () => {
  it('the same roles, in any order or repeated, are no change for anyone', () => {
    expect(roleDifference(['A', 'B'], ['B', 'A', 'A'])).toEqual({ added: [], removed: [] });
    expect(roleChangeProblems(change({ actorId: 'eva', before: ['ADMIN_SUPPORT', 'HR_COORDINATOR'], after: ['HR_COORDINATOR', 'ADMIN_SUPPORT'] }))).toEqual([]);
  });

  it('nobody changes their own roles, the Director neither (OWN_ROLES_UNCHANGEABLE)', () => {
    expect(roleChangeProblems(change({ actorId: 'support', personId: 'support', before: ['ADMIN_SUPPORT'], after: ['ADMIN_SUPPORT', 'DIRECTOR'] }))).toEqual([
      expect.objectContaining({ code: 'OWN_ROLES_UNCHANGEABLE', rule: 'ORG-2', field: 'input.roles' }),
    ]);
    expect(
      roleChangeProblems(
        change({ actorId: 'chef', personId: 'chef', before: ['DIRECTOR'], after: ['DIRECTOR', 'CLINICAL_SUPERVISOR'], mayGrantPrivileged: true }),
      ),
    ).toEqual([expect.objectContaining({ code: 'OWN_ROLES_UNCHANGEABLE' })]);
  });

  it.each(PRIVILEGED_ROLES)('only the Director grants or removes %s (ROLE_GRANT_NOT_PERMITTED)', (role) => {
    expect(roleChangeProblems(change({ after: ['CLINICAL_SUPERVISOR', role] }))).toEqual([
      expect.objectContaining({ code: 'ROLE_GRANT_NOT_PERMITTED', rule: 'ORG-2', field: 'input.roles', params: { roles: role } }),
    ]);
    expect(roleChangeProblems(change({ before: ['CLINICAL_SUPERVISOR', role] }))).toEqual([expect.objectContaining({ code: 'ROLE_GRANT_NOT_PERMITTED' })]);
    expect(roleChangeProblems(change({ after: ['CLINICAL_SUPERVISOR', role], mayGrantPrivileged: true }))).toEqual([]);
    expect(roleChangeProblems(change({ before: ['CLINICAL_SUPERVISOR', role], mayGrantPrivileged: true }))).toEqual([]);
  });

  it('administrative support still gives and takes the roles that reach only their own rows', () => {
    expect(roleChangeProblems(change({ after: ['MAIN_SUPERVISOR', 'HEAD_OF_UNIT', 'UNIT_BT_LEAD', 'EXTERNAL_ASSESSOR'] }))).toEqual([]);
  });

  it('names every privileged role of a refused change', () => {
    expect(roleChangeProblems(change({ before: ['HR_COORDINATOR'], after: ['DIRECTOR', 'MAIN_SUPERVISOR'] }))[0].params).toEqual({
      roles: 'DIRECTOR, HR_COORDINATOR',
    });
  });
});

import { AuditEvent, Person } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';
import { versionOf } from './versions';

const UPDATE_PERSON = 'mutation ($id: ID!, $version: Int!, $input: PersonInput!) { updatePerson(id: $id, version: $version, input: $input) { id name roles } }';

/** ORG-2: who may grant and remove roles, and the audit of every role change (old and new roles). */
describe(`role changes on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const person = (username: string) => graph.data.people.find((p) => p.username === username)!;
  const storedRoles = async (username: string) =>
    (await graph.databases.employment.dataSource.getRepository(Person).findOneByOrFail({ id: person(username).id })).roles;
  const roleAudits = (personId: string) =>
    graph.databases.employment.dataSource.getRepository(AuditEvent).find({ where: { action: 'CHANGE_ROLES', entityId: personId }, order: { id: 'ASC' } });
  const changeRoles = async (by: string, username: string, roles: string[], headers?: Record<string, string>) => {
    const { id, name, title, siteId, unitId } = person(username);
    const version = await versionOf(graph, Person, id);
    const body = JSON.stringify({ query: UPDATE_PERSON, variables: { id, version, input: { name, title, roles, siteId, unitId } } });
    return fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${graph.tokenFor(by)}`, ...headers },
      body,
    }).then(async (response) => ({ response, ...((await response.json()) as { data?: { updatePerson: { roles: string[] } }; errors?: never }) }));
  };

  it('ORG-2: administrative support cannot make itself Director (OWN_ROLES_UNCHANGEABLE); nothing changes, nothing is audited as a change', async () => {
    const answer = await changeRoles('adm-stod', 'adm-stod', ['ADMIN_SUPPORT', 'DIRECTOR']);
    expectProblems(answer, 'FORBIDDEN', { code: 'OWN_ROLES_UNCHANGEABLE', rule: 'ORG-2' });
    expect(await storedRoles('adm-stod')).toEqual(['ADMIN_SUPPORT']);
    expect(await roleAudits(person('adm-stod').id)).toEqual([]);
  });

  it('ORG-2: administrative support grants no privileged role to others and removes none (ROLE_GRANT_NOT_PERMITTED)', async () => {
    const grant = await changeRoles('adm-stod', 'hr-samordnare', ['HR_COORDINATOR', 'DIRECTOR']);
    expectProblems(grant, 'FORBIDDEN', { code: 'ROLE_GRANT_NOT_PERMITTED', rule: 'ORG-2', params: { roles: 'DIRECTOR' } });
    const removal = await changeRoles('adm-stod', 'bitr-atbt-chef', ['CLINICAL_SUPERVISOR']);
    expectProblems(removal, 'FORBIDDEN', { code: 'ROLE_GRANT_NOT_PERMITTED', rule: 'ORG-2' });
    expect(await storedRoles('hr-samordnare')).toEqual(['HR_COORDINATOR']);
    expect(await storedRoles('bitr-atbt-chef')).toEqual(person('bitr-atbt-chef').roles);
  });

  it('ORG-2: the Director does not change their own roles either', async () => {
    expectProblems(await changeRoles('atbt-chef', 'atbt-chef', ['DIRECTOR', 'CLINICAL_SUPERVISOR']), 'FORBIDDEN', { code: 'OWN_ROLES_UNCHANGEABLE' });
    expect(await storedRoles('atbt-chef')).toEqual(['DIRECTOR']);
  });

  it('administrative support still gives a non-privileged role, audited with old and new roles', async () => {
    const answer = await changeRoles('adm-stod', 'vc-med-vxo', [...person('vc-med-vxo').roles, 'EXTERNAL_ASSESSOR']);
    expect(answer.errors).toBeUndefined();
    const [audit] = await roleAudits(person('vc-med-vxo').id);
    expect(audit).toMatchObject({
      actorId: person('adm-stod').id,
      entityType: 'Person',
      oldValue: [...person('vc-med-vxo').roles].sort().join(','),
      newValue: [...person('vc-med-vxo').roles, 'EXTERNAL_ASSESSOR'].sort().join(','),
    });
  });

  it('ORG-2: the Director grants and removes a privileged role; each change is audited with old and new roles, request id and client address', async () => {
    const granted = await changeRoles('atbt-chef', 'hr-samordnare', ['HR_COORDINATOR', 'DEPUTY_DIRECTOR'], { 'x-request-id': 'role-grant-1' });
    expect(granted.errors).toBeUndefined();
    expect(granted.response.headers.get('x-request-id')).toBe('role-grant-1');
    const removed = await changeRoles('atbt-chef', 'hr-samordnare', ['HR_COORDINATOR'], { 'x-forwarded-for': '203.0.113.9' });
    expect(removed.errors).toBeUndefined();
    const generatedId = removed.response.headers.get('x-request-id');
    expect(generatedId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await storedRoles('hr-samordnare')).toEqual(['HR_COORDINATOR']);
    const audits = await roleAudits(person('hr-samordnare').id);
    expect(audits).toEqual([
      expect.objectContaining({
        actorId: person('atbt-chef').id,
        oldValue: 'HR_COORDINATOR',
        newValue: 'DEPUTY_DIRECTOR,HR_COORDINATOR',
        requestId: 'role-grant-1',
      }),
      expect.objectContaining({ oldValue: 'DEPUTY_DIRECTOR,HR_COORDINATOR', newValue: 'HR_COORDINATOR', requestId: generatedId }),
    ]);
    // the address the gateway's socket saw, never the one the client claimed
    expect(audits.map((audit) => audit.clientAddress)).toEqual([expect.stringMatching(/127\.0\.0\.1$/), expect.stringMatching(/127\.0\.0\.1$/)]);
  });
});

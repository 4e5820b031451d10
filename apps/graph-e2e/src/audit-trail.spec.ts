import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import type { FindOptionsWhere } from 'typeorm';
import { Application, AuditEvent } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';
import { withVersion } from './versions';

const AUDIT_PAGE = `query ($filter: AuditEventFilter, $page: Int) {
  auditEventPage(filter: $filter, page: $page, perPage: 50) { total items { actorUsername action entityType entityId oldValue newValue requestId clientAddress occurredAt } } }`;
const RANKING = 'query ($roundId: ID!) { ranking(roundId: $roundId) { items { rank } } }';
const SALARIES = 'query ($traineeId: ID!) { traineeSalaries(traineeId: $traineeId) { monthlyOre } }';
const UPDATE_APPLICATION =
  'mutation ($id: ID!, $version: Int!, $input: ApplicationInput!) { updateApplication(id: $id, version: $version, input: $input) { id } }';
const RECORD_REQUIREMENT = `mutation ($applicationId: ID!) {
  recordRequirement(applicationId: $applicationId, requirement: SWEDISH_C1, met: true, evidence: "Legitimation kontrollerad i HOSP") { state } }`;

interface AuditRow {
  actorUsername: string;
  action: string;
  entityType: string;
  entityId: string;
  oldValue: string | null;
  newValue: string | null;
  requestId: string | null;
  clientAddress: string | null;
}

/** The audit trail: what is recorded (request id, client address), who reads it (the Director), and that nobody changes it. */
describe(`the audit trail on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const audits = (where: FindOptionsWhere<AuditEvent>) => graph.databases.employment.dataSource.getRepository(AuditEvent).findBy(where);
  const person = (username: string) => graph.data.people.find((p) => p.username === username)!;
  const readAudit = (username: string, filter: Record<string, unknown>) =>
    graph.query<{ auditEventPage: { total: number; items: AuditRow[] } }>(AUDIT_PAGE, { token: graph.tokenFor(username), variables: { filter } });

  it('the Director reads the trail filtered by person, subject and period, with request id and client address', async () => {
    const roundId = graph.data.recruitmentRounds[0].id;
    const response = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${graph.tokenFor('atbt-chef')}`, 'x-request-id': 'ranking-read-1' },
      body: JSON.stringify({ query: RANKING, variables: { roundId } }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    const answer = await readAudit('atbt-chef', { personId: person('atbt-chef').id, subjectType: 'RecruitmentRound', subjectId: roundId });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.auditEventPage.items).toEqual([
      expect.objectContaining({
        actorUsername: 'atbt-chef',
        action: 'READ_RANKING',
        entityId: roundId,
        requestId: 'ranking-read-1',
        clientAddress: expect.stringMatching(/127\.0\.0\.1$/),
      }),
    ]);
    const future = await readAudit('atbt-chef', { personId: person('atbt-chef').id, from: '2100-01-01T00:00:00.000Z' });
    expect(future.data!.auditEventPage).toEqual({ total: 0, items: [] });
    const past = await readAudit('atbt-chef', { personId: person('atbt-chef').id, to: '2000-01-01T00:00:00.000Z' });
    expect(past.data!.auditEventPage.total).toBe(0);
  });

  it('REC-3: recording an applicant’s requirement is audited with the state before and after', async () => {
    const application = graph.data.applications.find((a) => a.state === 'INVITED')!;
    const answer = await graph.query(RECORD_REQUIREMENT, { token: graph.tokenFor('hr-samordnare'), variables: { applicationId: application.id } });
    expect(answer.errors).toBeUndefined();
    expect(await audits({ action: 'RECORD_REQUIREMENT', entityId: application.id })).toEqual([
      expect.objectContaining({
        actorId: person('hr-samordnare').id,
        entityType: 'Application',
        oldValue: 'INVITED',
        newValue: expect.stringContaining('SWEDISH_C1=MET'),
      }),
    ]);
  });

  it('REC-5: an applicant edit is audited with the fields that changed, never their values', async () => {
    const application = graph.data.applications.find((a) => a.state === 'INVITED' && a.id !== graph.data.applications[0].id)!;
    const { givenName, familyName, email, preferredSiteId } = application;
    const input = { givenName, familyName, email, preferredSiteId, phone: '070-123 45 67' };
    const answer = await graph.query(UPDATE_APPLICATION, {
      token: graph.tokenFor('hr-samordnare'),
      variables: await withVersion(graph, Application, { id: application.id, input }),
    });
    expect(answer.errors).toBeUndefined();
    expect(await audits({ action: 'UPDATE_APPLICATION', entityId: application.id })).toEqual([
      expect.objectContaining({ actorId: person('hr-samordnare').id, entityType: 'Application', oldValue: null, newValue: 'phone' }),
    ]);
  });

  it.each(['bitr-atbt-chef', 'hr-samordnare', 'adm-stod', 'studierektor-sluten'])(
    '%s may not read the trail (FORBIDDEN), and the refusal itself is audited',
    async (username) => {
      expectProblems(await readAudit(username, {}), 'FORBIDDEN', { code: 'NOT_PERMITTED' });
      expect(await audits({ action: 'REFUSED', actorId: person(username).id, entityId: 'auditEventPage' })).toEqual([
        expect.objectContaining({ entityType: 'Query', newValue: 'NOT_PERMITTED', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) }),
      ]);
    },
  );

  it('a refused attempt on a salary is audited with who tried', async () => {
    const traineeId = graph.data.trainees[0].id;
    expectProblems(await graph.query(SALARIES, { token: graph.tokenFor('adm-stod'), variables: { traineeId } }), 'FORBIDDEN');
    expect(await audits({ action: 'REFUSED', actorId: person('adm-stod').id, entityId: 'traineeSalaries' })).toHaveLength(1);
  });

  it('a sign-in is audited in employment with the request id and the client address the gateway saw', async () => {
    const response = await fetch(new URL('/auth/dev-token', graph.gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'sign-in-1', 'x-forwarded-for': '198.51.100.1' },
      body: JSON.stringify({ username: 'bitr-atbt-chef' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('sign-in-1');
    expect(await audits({ action: 'SIGN_IN', actorId: person('bitr-atbt-chef').id })).toEqual([
      expect.objectContaining({
        actorUsername: 'bitr-atbt-chef',
        entityType: 'Person',
        newValue: 'DEV',
        requestId: 'sign-in-1',
        clientAddress: expect.stringMatching(/127\.0\.0\.1$/),
      }),
    ]);
  });

  it('only the gateway records sign-ins: a person who tries gets FORBIDDEN, and that is audited', async () => {
    const forged = await graph.query('mutation { recordSignIn(personId: "x", username: "atbt-chef", method: DEV) }', { token: graph.tokenFor('atbt-chef') });
    expectProblems(forged, 'FORBIDDEN', { code: 'NOT_PERMITTED' });
    expect(await audits({ action: 'SIGN_IN', actorId: 'x' })).toEqual([]);
    expect(await audits({ action: 'REFUSED', actorId: person('atbt-chef').id, entityId: 'recordSignIn' })).toHaveLength(1);
  });

  it('nobody can change the trail: the graph has no mutation of audit events', async () => {
    const introspection = await graph.query<IntrospectionQuery>(getIntrospectionQuery(), { token: graph.tokenFor('atbt-chef') });
    const mutations = Object.keys(buildClientSchema(introspection.data!).getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(10);
    // recordSignIn only adds a sign-in (the gateway's service identity alone); nothing changes or deletes an event
    expect(mutations.filter((name) => /audit|signin/i.test(name))).toEqual(['recordSignIn']);
  });
});

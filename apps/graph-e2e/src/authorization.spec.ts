import jwt from 'jsonwebtoken';
import { GATEWAY_SECRET_HEADER } from '@bt/auth';
import { AuditEvent } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { OVERVIEW_QUERY } from './queries';

const TRAINEE_QUERY = '{ trainees(allSites: true) { id name personalIdentityNumber mainSupervisor { id } certificates { kind } } }';
const ENTITIES_QUERY = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Trainee { id } } }';

interface TraineesResult {
  trainees: { id: string; name: string; personalIdentityNumber: string; mainSupervisor: { id: string } | null; certificates: { kind: string }[] }[];
}

async function postDirect(url: string, body: unknown, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return {
    status: response.status,
    ...((await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string; problems?: { code: string }[] } }[] }),
  };
}

describe(`sign-in and authorisation on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  describe('refusals at the gateway', () => {
    it('no token: 401 UNAUTHENTICATED and no data', async () => {
      const response = await graph.query(OVERVIEW_QUERY);
      expect(response.status).toBe(401);
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('a token signed with another secret: 401 UNAUTHENTICATED', async () => {
      const forged = jwt.sign({ username: 'atbt-chef', roles: ['DIRECTOR'] }, 'not-the-secret', { subject: 'x', issuer: 'bt-admin' });
      const response = await graph.query(OVERVIEW_QUERY, { token: forged });
      expect(response.status).toBe(401);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.data).toBeUndefined();
    });

    it('an expired token: 401 with a message saying to sign in again', async () => {
      const response = await graph.query(OVERVIEW_QUERY, { token: graph.tokenFor('atbt-chef', -60) });
      expect(response.status).toBe(401);
      expect(response.errors?.[0].message).toMatch(/gått ut/);
    });

    it('the wrong role: FORBIDDEN and no data (a main supervisor asking for all cohorts)', async () => {
      const response = await graph.query('{ cohorts(allSites: true) { id name site { name } } }', { token: graph.tokenFor('hhl-vc-teleborg-1') });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(response.data ?? null).toBeNull();
    });

    it('a trainee cannot list staff', async () => {
      const trainee = graph.data.trainees[0];
      const response = await graph.query('{ people { name } }', { token: graph.tokenFor(trainee.username) });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(response.data ?? null).toBeNull();
    });
  });

  describe('refusals at a subgraph called directly', () => {
    it('without the gateway secret, even with a valid token: refused with no data', async () => {
      const response = await postDirect(
        graph.subgraphUrls.employment,
        { query: '{ cohorts { name } }' },
        {
          authorization: `Bearer ${graph.tokenFor('atbt-chef')}`,
        },
      );
      expect(response.status).toBe(403);
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(response.data).toBeUndefined();
    });

    it('_entities without the gateway secret: refused with no data', async () => {
      const id = graph.data.trainees[0].id;
      for (const url of Object.values(graph.subgraphUrls)) {
        const response = await postDirect(
          url,
          { query: ENTITIES_QUERY, variables: { r: [{ __typename: 'Trainee', id }] } },
          {
            authorization: `Bearer ${graph.tokenFor('atbt-chef')}`,
          },
        );
        expect(response.status).toBe(403);
        expect(response.data).toBeUndefined();
      }
    });

    it('_entities with the secret but no token: UNAUTHENTICATED', async () => {
      const id = graph.data.trainees[0].id;
      const response = await postDirect(
        graph.subgraphUrls.education,
        { query: ENTITIES_QUERY, variables: { r: [{ __typename: 'Trainee', id }] } },
        {
          [GATEWAY_SECRET_HEADER]: graph.auth.gatewaySecret,
        },
      );
      expect(response.status).toBe(401);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.data).toBeUndefined();
    });

    it("_entities for another supervisor's trainee: FORBIDDEN in every subgraph", async () => {
      const supervisor = graph.viewer('hhl-vc-teleborg-1');
      const foreign = graph.data.mainSupervisions.find((m) => m.supervisorId !== supervisor.id)!.traineeId;
      for (const url of Object.values(graph.subgraphUrls)) {
        const response = await postDirect(
          url,
          { query: ENTITIES_QUERY, variables: { r: [{ __typename: 'Trainee', id: foreign }] } },
          {
            authorization: `Bearer ${graph.tokenFor(supervisor.username)}`,
            [GATEWAY_SECRET_HEADER]: graph.auth.gatewaySecret,
          },
        );
        expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(response.errors?.[0].extensions?.problems).toEqual([expect.objectContaining({ code: 'TRAINEE_NOT_IN_SCOPE' })]);
        expect((response.data as { _entities: unknown[] })._entities).toEqual([null]);
      }
    });
  });

  describe('row-level scoping', () => {
    it('a main supervisor sees exactly their own trainees, with masked personal identity numbers', async () => {
      const supervisor = graph.viewer('hhl-vc-teleborg-1');
      const own = graph.data.mainSupervisions
        .filter((m) => m.supervisorId === supervisor.id)
        .map((m) => m.traineeId)
        .sort();
      expect(own.length).toBeGreaterThan(0);
      const response = await graph.query<TraineesResult>(TRAINEE_QUERY, { token: graph.tokenFor(supervisor.username) });
      expect(response.errors).toBeUndefined();
      const trainees = response.data!.trainees;
      expect(trainees.map((t) => t.id).sort()).toEqual(own);
      expect(trainees.every((t) => t.mainSupervisor?.id === supervisor.id)).toBe(true);
      expect(trainees.every((t) => /^\d{8}-\*{4}$/.test(t.personalIdentityNumber))).toBe(true);
    });

    it('a trainee sees only themselves, with their own personal identity number', async () => {
      const trainee = graph.data.trainees[3];
      const response = await graph.query<TraineesResult>(TRAINEE_QUERY, { token: graph.tokenFor(trainee.username) });
      expect(response.data!.trainees.map((t) => t.id)).toEqual([trainee.id]);
      expect(response.data!.trainees[0].personalIdentityNumber).toBe(trainee.personalIdentityNumber);
    });

    it('the deputy director sees Ljungby by default and every site on request (ORG-1)', async () => {
      const token = graph.tokenFor('bitr-atbt-chef');
      const byDefault = await graph.query<{ cohorts: { site: { name: string } }[] }>('{ cohorts { site { name } } }', { token });
      expect(new Set(byDefault.data!.cohorts.map((c) => c.site.name))).toEqual(new Set(['Ljungby']));
      const all = await graph.query<{ cohorts: { site: { name: string } }[] }>('{ cohorts(allSites: true) { site { name } } }', { token });
      expect(new Set(all.data!.cohorts.map((c) => c.site.name))).toEqual(new Set(['Ljungby', 'Växjö']));
    });

    it('a director of studies sees every trainee but personal identity numbers masked', async () => {
      const response = await graph.query<TraineesResult>(TRAINEE_QUERY, { token: graph.tokenFor('studierektor-primar') });
      expect(response.data!.trainees).toHaveLength(graph.data.trainees.length);
      expect(response.data!.trainees.every((t) => t.personalIdentityNumber.endsWith('****'))).toBe(true);
    });

    it('reading personal identity numbers in full is audited: who, what, when (one row per trainee read)', async () => {
      const audit = graph.databases.employment.dataSource.getRepository(AuditEvent);
      const before = await audit.count();
      const response = await graph.query<TraineesResult>(TRAINEE_QUERY, { token: graph.tokenFor('hr-samordnare') });
      expect(response.data!.trainees.every((t) => /^\d{8}-\d{4}$/.test(t.personalIdentityNumber))).toBe(true);
      const events = await audit.find({ order: { id: 'DESC' }, take: graph.data.trainees.length });
      expect((await audit.count()) - before).toBe(graph.data.trainees.length);
      expect(events.every((e) => e.actorUsername === 'hr-samordnare' && e.action === 'READ_PERSONAL_IDENTITY_NUMBER')).toBe(true);
      expect(new Set(events.map((e) => e.entityId))).toEqual(new Set(graph.data.trainees.map((t) => t.id)));
    });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { ServiceName, ServiceTokens } from '@bt/auth';
import { startCertificationServer } from '@bt/certification';
import { startEducationServer } from '@bt/education';
import { startEmploymentServer } from '@bt/employment';
import { startGateway, type RunningGateway } from '@bt/gateway';
import { DEFAULT_AS_OF } from '@bt/seed';
import { fixedClock, GatewayClient, type RunningSubgraph } from '@bt/subgraph';
import { freePort, testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';

const SUPERGRAPH = path.resolve(__dirname, '../../gateway/supergraph.graphql');
const OWN_TRAINEES = '{ trainees(allSites: true) { id } }';

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; problems?: { code: string }[] } }[];
}

/**
 * The seeded graph, and beside it a second gateway with its own employment, education and
 * certification subgraphs on the same databases, so that this test can stop its education subgraph
 * and see what the others answer while it is down.
 */
describe(`a subgraph that cannot be reached on ${testEngine()}`, () => {
  let graph: TestGraph;
  let gateway: RunningGateway;
  let subgraphs: Record<'employment' | 'education' | 'certification', RunningSubgraph>;

  async function query(document: string, username: string): Promise<Answer> {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${graph.tokenFor(username)}` },
      body: JSON.stringify({ query: document }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }

  beforeAll(async () => {
    graph = await startTestGraph();
    const clock = fixedClock(DEFAULT_AS_OF);
    const gatewayUrl = `http://127.0.0.1:${await freePort()}/graphql`;
    const { auth, databases } = graph;
    subgraphs = {
      employment: await startEmploymentServer({ database: databases.employment, auth, port: 0, gatewayUrl, clock }),
      education: await startEducationServer({ database: databases.education, auth, port: 0, clock }),
      certification: await startCertificationServer({ database: databases.certification, auth, port: 0, gatewayUrl, clock }),
    };
    gateway = await startGateway({
      supergraphSdl: fs.readFileSync(SUPERGRAPH, 'utf8'),
      auth,
      port: Number(new URL(gatewayUrl).port),
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([subgraphs?.employment.stop(), subgraphs?.certification.stop()]);
    await graph?.stop();
  });

  it('while education runs, a supervisor sees their trainees through employment', async () => {
    const response = await query(OWN_TRAINEES, 'hhl-vc-teleborg-1');
    expect(response.errors).toBeUndefined();
    expect((response.data!.trainees as unknown[]).length).toBeGreaterThan(0);
  });

  describe('with education stopped', () => {
    beforeAll(() => subgraphs.education.stop());

    it("a supervisor's trainees through employment: UNAVAILABLE, never FORBIDDEN, and no data", async () => {
      const response = await query(OWN_TRAINEES, 'hhl-vc-teleborg-1');
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UNAVAILABLE']);
      expect(response.errors?.[0].extensions?.problems).toEqual([expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' })]);
      expect(response.errors?.[0].message).toMatch(/svarar inte just nu/);
      expect(response.data ?? null).toBeNull();
    });

    it('a list filtered by placement through employment: UNAVAILABLE', async () => {
      const response = await query('{ traineePage(filter: { placementStartingWithinDays: 30 }) { total } }', 'atbt-chef');
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UNAVAILABLE']);
    });

    it('what needs no education still answers: cohorts for the Director', async () => {
      const response = await query('{ cohorts(allSites: true) { name } }', 'atbt-chef');
      expect(response.errors).toBeUndefined();
      expect(response.data!.cohorts).toHaveLength(6);
    });
  });
});

describe(`GatewayClient on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it('a gateway that is not running is UNAVAILABLE', async () => {
    const client = new GatewayClient(`http://127.0.0.1:${await freePort()}/graphql`, new ServiceTokens(ServiceName.EMPLOYMENT, graph.auth.jwtSecret));
    await expect(client.supervisedTraineeIds(graph.viewer('hhl-vc-teleborg-1').id)).rejects.toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
  });

  it('a refusal from the other side stays a refusal: FORBIDDEN for a service without the permission', async () => {
    const client = new GatewayClient(graph.gatewayUrl, new ServiceTokens(ServiceName.CERTIFICATION, graph.auth.jwtSecret));
    await expect(client.educationTraineeIds([{ withMainSupervisor: true }])).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('UNAUTHENTICATED for a token the gateway does not accept', async () => {
    const client = new GatewayClient(graph.gatewayUrl, new ServiceTokens(ServiceName.EMPLOYMENT, 'not-the-secret'));
    await expect(client.supervisedTraineeIds(graph.viewer('hhl-vc-teleborg-1').id)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

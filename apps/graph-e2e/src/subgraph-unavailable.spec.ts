import fs from 'node:fs';
import path from 'node:path';
import { ServiceName, ServiceTokens } from '@bt/auth';
import { startCertificationServer } from '@bt/certification';
import { startEducationServer } from '@bt/education';
import { startEmploymentServer } from '@bt/employment';
import { startGateway, type RunningGateway } from '@bt/gateway';
import { DEFAULT_AS_OF } from '@bt/seed';
import { fixedClock, GatewayClient, type RunningSubgraph, type RunningSubgraphWithReadModel } from '@bt/subgraph';
import { freePort, reservePort, testEngine } from '@bt/testing';
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
  let subgraphs: { employment: RunningSubgraphWithReadModel; education: RunningSubgraph; certification: RunningSubgraphWithReadModel };
  const logged: string[] = [];

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
    // held until the gateway starts, so that no subgraph below (on port 0) is given it
    const gatewayPort = await reservePort();
    const gatewayUrl = `http://127.0.0.1:${gatewayPort.port}/graphql`;
    const { auth, databases } = graph;
    // no polling: the test catches the read model up itself, and keeps what it logs
    const readModel = { pollMs: 0, log: (message: string) => logged.push(message) };
    subgraphs = {
      employment: await startEmploymentServer({ database: databases.employment, auth, port: 0, gatewayUrl, clock, readModel }),
      education: await startEducationServer({ database: databases.education, auth, port: 0, gatewayUrl, clock, readModel }),
      certification: await startCertificationServer({ database: databases.certification, auth, port: 0, gatewayUrl, clock, readModel }),
    };
    await gatewayPort.release();
    gateway = await startGateway({
      supergraphSdl: fs.readFileSync(SUPERGRAPH, 'utf8'),
      auth,
      port: gatewayPort.port,
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([subgraphs?.employment.stop(), subgraphs?.education.stop(), subgraphs?.certification.stop()]);
    await graph?.stop();
  });

  it('while education runs, a supervisor sees their trainees through employment', async () => {
    const response = await query(OWN_TRAINEES, 'hhl-vc-teleborg-1');
    expect(response.errors).toBeUndefined();
    expect((response.data!.trainees as unknown[]).length).toBeGreaterThan(0);
  });

  describe('with education stopped', () => {
    let educationPort: number;
    beforeAll(async () => {
      educationPort = Number(new URL(subgraphs.education.url).port);
      await subgraphs.education.stop();
    });

    it("a supervisor's trainees through employment: answered from the read model, as before", async () => {
      const response = await query(OWN_TRAINEES, 'hhl-vc-teleborg-1');
      expect(response.errors).toBeUndefined();
      expect((response.data!.trainees as unknown[]).length).toBeGreaterThan(0);
    });

    it('a list filtered by placement and the start page through employment: answered from the read model', async () => {
      const filtered = await query('{ traineePage(filter: { placementStartingWithinDays: 30 }) { total } }', 'atbt-chef');
      expect(filtered.errors).toBeUndefined();
      const overviews = await query('{ siteOverviews { traineesWithoutMainSupervisor placementsStartingWithin30Days } }', 'atbt-chef');
      expect(overviews.errors).toBeUndefined();
    });

    it('what needs no education still answers: cohorts for the Director', async () => {
      const response = await query('{ cohorts(allSites: true) { name } }', 'atbt-chef');
      expect(response.errors).toBeUndefined();
      expect(response.data!.cohorts).toHaveLength(6);
    });

    it('a read model that cannot read the feed keeps its cursor, says so once per outage, and catches up when education is back', async () => {
      const before = await subgraphs.employment.readModel.status();
      logged.length = 0;
      for (let attempt = 0; attempt < 3; attempt++) {
        await expect(subgraphs.employment.readModel.catchUp()).rejects.toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
      }
      expect(logged.filter((message) => /går inte att läsa/.test(message))).toHaveLength(1);
      const during = await subgraphs.employment.readModel.status();
      expect(during).toMatchObject({ position: before.position, unreachableSince: expect.any(Date) });

      const clock = fixedClock(DEFAULT_AS_OF);
      subgraphs.education = await startEducationServer({
        database: graph.databases.education,
        auth: graph.auth,
        port: educationPort,
        gatewayUrl: graph.gatewayUrl,
        clock,
        readModel: { pollMs: 0 },
      });
      const after = await subgraphs.employment.readModel.catchUp();
      expect(after).toMatchObject({ position: before.position, unreachableSince: null });
      expect(logged.filter((message) => /går att läsa igen/.test(message))).toHaveLength(1);
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
    await expect(client.educationChanges(0, 10)).rejects.toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
  });

  it('a refusal from the other side stays a refusal: FORBIDDEN for a service without the permission', async () => {
    const client = new GatewayClient(graph.gatewayUrl, new ServiceTokens(ServiceName.GATEWAY, graph.auth.jwtSecret));
    await expect(client.educationChanges(0, 10)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('UNAUTHENTICATED for a token the gateway does not accept', async () => {
    const client = new GatewayClient(graph.gatewayUrl, new ServiceTokens(ServiceName.EMPLOYMENT, 'not-the-secret'));
    await expect(client.educationChanges(0, 10)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

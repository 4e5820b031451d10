import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { Role, signToken, type Viewer } from '@bt/auth';
import { Person } from '@bt/employment';
import type { RunningGateway } from '@bt/gateway';
import { testEngine } from '@bt/testing';
import { startProductionGateway, startTestGraph, type TestGraph } from '@bt/test-graph';

/** Served by education: the check at the gateway covers subgraphs that know nothing of people. */
const EDUCATION_QUERY = '{ goalFrameworks { version } }';
/** A short verdict lifetime for the test; production keeps it 60 s (CURRENT_VIEWER_TTL_MS). */
const TTL_MS = 3000;

interface Answer {
  status: number;
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe(`a token's holder must still exist with its roles on ${testEngine()}`, () => {
  let graph: TestGraph;
  let gateway: RunningGateway;

  const ask = async (token: string, query = EDUCATION_QUERY): Promise<Answer> => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  const expectRefused = (answer: Answer) => {
    expect(answer.status).toBe(401);
    expect(answer.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/behörighet har ändrats eller ditt konto finns inte längre/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(answer.data).toBeUndefined();
  };
  const people = () => graph.databases.employment.dataSource.getRepository(Person);
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    graph = await startTestGraph();
    gateway = await startProductionGateway(graph, { currentViewerTtlMs: TTL_MS });
  });
  afterAll(async () => {
    await gateway?.stop();
    await graph?.stop();
  });

  it('a Director whose role is withdrawn loses access once the verdict runs out; one who leaves loses it too', async () => {
    const id = randomUUID();
    await people().insert({
      id,
      username: 'tillfallig-chef',
      name: 'Tillfällig Chef',
      title: null,
      roles: [Role.DIRECTOR],
      siteId: null,
      unitId: null,
      directorOfStudiesScope: null,
    });
    const asDirector: Viewer = { id, username: 'tillfallig-chef', name: 'Tillfällig Chef', roles: [Role.DIRECTOR] };
    const directorToken = signToken(asDirector, graph.auth.jwtSecret, 3600);
    expect((await ask(directorToken)).status).toBe(200);

    await people().update({ id }, { roles: [Role.ADMIN_SUPPORT] });
    // the verdict is kept at most TTL_MS: one lookup per holder per period, not one per request
    expect((await ask(directorToken)).status).toBe(200);
    await wait(TTL_MS + 200);
    expectRefused(await ask(directorToken));

    const supportToken = signToken({ ...asDirector, roles: [Role.ADMIN_SUPPORT] }, graph.auth.jwtSecret, 3600);
    expect((await ask(supportToken)).status).toBe(200);
    await people().delete({ id });
    await wait(TTL_MS + 200);
    expectRefused(await ask(supportToken));
  });

  it('a token for a trainee who does not exist (removed, or never was) is refused, signature or not', async () => {
    const id = randomUUID();
    const ghost = jwt.sign({ username: 'bt-borta', name: 'Borta', roles: [Role.TRAINEE], traineeId: id }, graph.auth.jwtSecret, {
      subject: id,
      issuer: 'bt-admin',
      expiresIn: 60,
      algorithm: 'HS256',
    });
    expectRefused(await ask(ghost));
  });

  it('a token claiming more roles than the person has is refused; the seeded people keep their access', async () => {
    const supervisor = graph.viewer('hhl-vc-teleborg-1');
    const inflated = signToken({ ...supervisor, roles: [...supervisor.roles, Role.DIRECTOR] }, graph.auth.jwtSecret, 600);
    expectRefused(await ask(inflated));
    for (const username of ['atbt-chef', 'hhl-vc-teleborg-1', graph.data.trainees[0].username]) {
      const answer = await ask(graph.tokenFor(username), '{ viewer { username } }');
      expect(answer).toMatchObject({ status: 200, data: { viewer: { username } } });
    }
  });
});

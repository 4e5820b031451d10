import jwt from 'jsonwebtoken';
import type { RunningGateway } from '@bt/gateway';
import { testEngine } from '@bt/testing';
import { startProductionGateway, startTestGraph, type TestGraph } from '@bt/test-graph';

const INTROSPECTION = '{ __schema { types { name } } }';
/** `cohorts { nam }`: a misspelt field, which development answers with "Did you mean …". */
const MISSPELT = '{ cohorts { nam } }';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
}

async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body };
}

function postJson(url: string, query: string, token?: string, headers: Record<string, string> = {}) {
  return send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query }),
  });
}

/** The same gateway at another path: `http://host:port` + path, exactly as written (no URL normalisation). */
function atPath(gatewayUrl: string, path: string) {
  return gatewayUrl.replace(/\/graphql$/, '') + path;
}

describe(`the gateway's HTTP surface on ${testEngine()}`, () => {
  let graph: TestGraph;
  let production: RunningGateway;

  beforeAll(async () => {
    graph = await startTestGraph();
    production = await startProductionGateway(graph, { corsOrigins: ['https://bt.example'] });
  });
  afterAll(async () => {
    await production?.stop();
    await graph?.stop();
  });

  describe('the token check covers every path GraphQL could be served on', () => {
    const variants = [
      '/graphql/',
      '//graphql',
      '///graphql',
      '/GraphQL',
      '/GRAPHQL/',
      '/graphql;x',
      '/graphql/;x',
      '/graphql//',
      '/graphql/?a=1',
      '//graphql?a=1',
      '/graphql%2F',
      '/%67raphql',
    ];

    it.each(variants)('%s without a token: refused, never data (introspection and a 10 MB body alike)', async (path) => {
      for (const url of [graph.gatewayUrl, production.url]) {
        const introspection = await postJson(atPath(url, path), INTROSPECTION);
        expect([401, 404]).toContain(introspection.status);
        expect(introspection.body?.data).toBeUndefined();
      }
      const large = await send(atPath(production.url, path), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ __typename ${' '.repeat(10_000_000)}}` }),
      });
      expect([401, 404, 413]).toContain(large.status);
      expect(large.body?.data).toBeUndefined();
    });

    it('the endpoint itself with a query string still needs the token', async () => {
      const response = await postJson(`${graph.gatewayUrl}?a=1`, INTROSPECTION);
      expect(response.status).toBe(401);
      expect(response.body?.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.body?.data).toBeUndefined();
    });

    it('a token without an expiry is refused with a Swedish message, even when correctly signed', async () => {
      const { id, service: _service, ...claims } = graph.viewer('atbt-chef');
      const eternal = jwt.sign(claims, graph.auth.jwtSecret, { subject: id, issuer: 'bt-admin', algorithm: 'HS256' });
      const response = await postJson(graph.gatewayUrl, '{ cohorts { name } }', eternal);
      expect(response.status).toBe(401);
      expect(response.body?.errors?.[0]).toMatchObject({ message: expect.stringMatching(/saknar giltighetstid/), extensions: { code: 'UNAUTHENTICATED' } });
      expect(response.body?.data).toBeUndefined();
    });
  });

  describe('a trainee token is bound to its own trainee', () => {
    it("a correctly signed token claiming another trainee's traineeId is refused; the trainee's own token works", async () => {
      const [own, other] = graph.data.trainees;
      const trainee = graph.viewer(own.username);
      const ownAnswer = await postJson(graph.gatewayUrl, '{ viewer { traineeId } }', graph.tokenFor(own.username));
      expect(ownAnswer.body?.data).toEqual({ viewer: { traineeId: own.id } });
      const { id, service: _service, ...claims } = { ...trainee, traineeId: other.id };
      const claiming = jwt.sign(claims, graph.auth.jwtSecret, { subject: id, issuer: 'bt-admin', expiresIn: 60, algorithm: 'HS256' });
      const response = await postJson(graph.gatewayUrl, '{ viewer { traineeId } }', claiming);
      expect(response.status).toBe(401);
      expect(response.body?.errors?.[0]).toMatchObject({ message: expect.stringMatching(/annan BT-läkare/), extensions: { code: 'UNAUTHENTICATED' } });
      expect(response.body?.data).toBeUndefined();
    });
  });

  describe('production mode hides the schema', () => {
    it('refuses introspection even with a valid token; development answers it', async () => {
      const token = graph.tokenFor('atbt-chef');
      const refused = await postJson(production.url, INTROSPECTION, token);
      expect(refused.body?.data ?? null).toBeNull();
      expect(refused.body?.errors?.[0].message).toMatch(/introspection/i);
      const development = await postJson(graph.gatewayUrl, INTROSPECTION, token);
      expect((development.body?.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(10);
    });

    it('gives no "Did you mean" suggestion for a misspelt field; development does', async () => {
      const token = graph.tokenFor('atbt-chef');
      const production_ = await postJson(production.url, MISSPELT, token);
      expect(production_.body?.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(production_.body)).not.toMatch(/Did you mean/);
      const development = await postJson(graph.gatewayUrl, MISSPELT, token);
      expect(JSON.stringify(development.body)).toMatch(/Did you mean/);
    });
  });

  describe('only JSON POSTs are GraphQL', () => {
    it('GET is refused with 405, even with a valid token', async () => {
      const response = await send(`${production.url}?query=${encodeURIComponent('{ cohorts { name } }')}`, {
        headers: { authorization: `Bearer ${graph.tokenFor('atbt-chef')}` },
      });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      expect(response.body?.data).toBeUndefined();
    });

    it('form-encoded, multipart and plain-text POSTs are refused with 415', async () => {
      const authorization = `Bearer ${graph.tokenFor('atbt-chef')}`;
      const form = new FormData();
      form.set('query', '{ cohorts { name } }');
      const bodies: RequestInit[] = [
        { body: new URLSearchParams({ query: '{ cohorts { name } }' }) },
        { body: form },
        { body: JSON.stringify({ query: '{ cohorts { name } }' }), headers: { 'content-type': 'text/plain', authorization } },
        { body: '{ cohorts { name } }', headers: { 'content-type': 'application/graphql', authorization } },
      ];
      for (const init of bodies) {
        const response = await send(production.url, { method: 'POST', headers: { authorization }, ...init });
        expect(response.status).toBe(415);
        expect(response.body?.data).toBeUndefined();
      }
    });

    it('answers are marked nosniff and no-store', async () => {
      const response = await postJson(production.url, '{ cohorts { name } }', graph.tokenFor('atbt-chef'));
      expect(response.body).toMatchObject({ data: { cohorts: expect.any(Array) } });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('no-store');
    });
  });

  describe('CORS allows only the listed origins', () => {
    it('a listed origin is allowed; any other origin gets no CORS headers, in a preflight or an answer', async () => {
      const preflight = (origin: string) =>
        send(production.url, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
        });
      expect((await preflight('https://bt.example')).headers.get('access-control-allow-origin')).toBe('https://bt.example');
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
      const answer = await postJson(production.url, '{ cohorts { name } }', graph.tokenFor('atbt-chef'), { origin: 'https://evil.example' });
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    });
  });
});

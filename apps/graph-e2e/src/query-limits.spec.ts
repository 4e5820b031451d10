import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startGateway, type GatewayLimits, type RunningGateway } from '@bt/gateway';
import { testEngine } from '@bt/testing';
import { startTestGraph, type GraphQLResponse, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';

const SUPERGRAPH = path.resolve(__dirname, '../../gateway/supergraph.graphql');
const OWN_TRAINEES = '{ trainees(allSites: true) { id name } }';
/** A refusal must come at once, not after the work it refuses. */
const FAST_MS = 2000;

type Answer = GraphQLResponse & { headers: Headers; ms: number };

/** `trainees(first: 1) { cohort { trainees(first: 1) { cohort { … } } } }`, `levels` fields deep (one trainee a list: the cost limit prices each row, issue 9). */
function nested(levels: number): string {
  let selection = 'id';
  for (let level = levels - 1; level > 1; level--) selection = `${level % 2 ? 'trainees(first: 1)' : 'cohort'} { ${selection} }`;
  return `{ trainees(allSites: true, first: 1) { ${selection} } }`;
}

/**
 * No single request can exhaust a service: the gateway refuses operations that are too deep, too wide,
 * too long or too costly, bodies and responses that are too big, subgraph calls that take too long,
 * and a client that asks too often, each at once and with a code the client can act on, while the
 * subgraphs go on answering everybody else. Limits lowered for a test run on a second gateway in front
 * of the same subgraphs.
 */
describe(`limits on one request on ${testEngine()}`, () => {
  let graph: TestGraph;
  const gateways: RunningGateway[] = [];

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    await graph?.stop();
  });

  async function gatewayWith(limits: Partial<GatewayLimits>): Promise<string> {
    const gateway = await startGateway({
      supergraphSdl: fs.readFileSync(SUPERGRAPH, 'utf8'),
      auth: graph.auth,
      port: 0,
      subgraphUrls: graph.subgraphUrls,
      limits,
    });
    gateways.push(gateway);
    return gateway.url;
  }

  async function ask(query: string, options: { url?: string; username?: string; token?: string; accept?: string } = {}): Promise<Answer> {
    const token = options.token ?? graph.tokenFor(options.username ?? 'atbt-chef');
    const started = Date.now();
    const response = await fetch(options.url ?? graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(options.accept ? { accept: options.accept } : {}) },
      body: JSON.stringify({ query }),
    });
    const answer = (await response.json()) as object;
    return { status: response.status, headers: response.headers, ms: Date.now() - started, ...answer };
  }

  /** Someone else's ordinary request still gets its answer from the subgraphs. */
  async function othersStillServed(url = graph.gatewayUrl) {
    const answer = await ask(OWN_TRAINEES, { url, username: 'bitr-atbt-chef' });
    expect(answer.errors).toBeUndefined();
    expect((answer.data?.trainees as unknown[]).length).toBeGreaterThan(0);
  }

  function expectRefused(answer: Answer, status: number, code: string, problem: string, fast = true) {
    expect(answer.status).toBe(status);
    expectProblems(answer, code, { code: problem });
    expect(answer.data ?? null).toBeNull();
    if (fast) expect(answer.ms).toBeLessThan(FAST_MS);
  }

  it('a Director’s query nesting trainees and cohorts 20 levels deep is refused as too deep', async () => {
    const answer = await ask(nested(20));
    expectRefused(answer, 400, 'BAD_USER_INPUT', 'QUERY_TOO_DEEP');
    expect(answer.errors?.[0].extensions?.problems?.[0]).toMatchObject({ params: { limit: 12 }, message: expect.stringContaining('högst 12') });
    await othersStillServed();
  });

  it('a query at the depth limit is answered', async () => {
    const answer = await ask(nested(12));
    expect(answer.errors).toBeUndefined();
  });

  // GraphQL over HTTP: a document refused while it is parsed answers 200 to a client that accepts only
  // application/json (the legacy media type, whose clients read errors from the body), 400 to one that
  // accepts application/graphql-response+json
  it('1 000 aliases of trainees { placements } are refused while the document is parsed', async () => {
    const aliases = Array.from({ length: 1000 }, (_, index) => `t${index}: trainees(allSites: true) { placements { id } }`).join(' ');
    expectRefused(await ask(`{ ${aliases} }`), 200, 'BAD_USER_INPUT', 'QUERY_TOO_MANY_TOKENS');
    expectRefused(await ask(`{ ${aliases} }`, { accept: 'application/graphql-response+json' }), 400, 'BAD_USER_INPUT', 'QUERY_TOO_MANY_TOKENS');
    await othersStillServed();
  });

  it('100 aliases, short enough to parse, are refused as too many', async () => {
    const aliases = Array.from({ length: 100 }, (_, index) => `t${index}: viewer { id }`).join(' ');
    expectRefused(await ask(`{ ${aliases} }`), 400, 'BAD_USER_INPUT', 'QUERY_TOO_MANY_ALIASES');
    await othersStillServed();
  });

  it('a document of 100 000 tokens is refused while it is parsed', async () => {
    const answer = await ask(`{ trainees(allSites: true) { ${'id '.repeat(100_000)} } }`);
    expectRefused(answer, 200, 'BAD_USER_INPUT', 'QUERY_TOO_MANY_TOKENS');
    await othersStillServed();
  });

  it("101 aliases of __typename (graphql-cop's alias overloading) are refused as too many too", async () => {
    const aliases = Array.from({ length: 101 }, (_, index) => `alias${index}: __typename`).join(' ');
    expectRefused(await ask(`query cop { ${aliases} }`), 400, 'BAD_USER_INPUT', 'QUERY_TOO_MANY_ALIASES');
  });

  it("ten repeated directives (graphql-cop's directive overloading) are refused with one error, not validated ten times", async () => {
    const answer = await ask('query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }');
    expectRefused(answer, 400, 'BAD_USER_INPUT', 'QUERY_TOO_MANY_DIRECTIVES');
    expect(answer.errors).toHaveLength(1);
  });

  it('an operation with 200 directives is refused', async () => {
    const answer = await ask(`{ trainees(allSites: true) { id ${'@include(if: true) '.repeat(200)} } }`);
    expectRefused(answer, 400, 'BAD_USER_INPUT', 'QUERY_TOO_MANY_DIRECTIVES');
    await othersStillServed();
  });

  it('an operation over the cost budget is refused though it is within depth and aliases', async () => {
    const wide = Array.from(
      { length: 25 },
      (_, index) =>
        `t${index}: trainees(allSites: true) { id name cohort { id name trainees { id name cohort { id name trainees { id name cohort { id name trainees { id name placements { id } } } } } } } }`,
    );
    expectRefused(await ask(`{ ${wide.join(' ')} }`), 400, 'BAD_USER_INPUT', 'QUERY_TOO_COSTLY');
    await othersStillServed();
  });

  it("every trainee with 200 of their cohort's trainees is refused as too costly at once, though it is shallow and asks for one field (issue 9 item 3)", async () => {
    for (const query of [
      '{ trainees(allSites: true) { cohort { trainees(first: 200) { id } } } }',
      '{ trainees(allSites: true) { cohort { trainees { id } } } }',
    ])
      expectRefused(await ask(query), 400, 'BAD_USER_INPUT', 'QUERY_TOO_COSTLY');
    await othersStillServed();
  });

  it('a page of 500 trainees with 200 of their cohort each is refused as too many rows at once; a page of 500 as the dashboard asks is answered (issue 9 item 3)', async () => {
    for (const query of [
      '{ traineePage(perPage: 500) { total items { cohort { trainees(first: 200) { id } } } } }',
      '{ traineePage(perPage: 200) { items { cohort { trainees { id } } } } }',
    ])
      expectRefused(await ask(query), 400, 'BAD_USER_INPUT', 'QUERY_TOO_MANY_ROWS');
    const page = await ask('{ personPage(page: 1, perPage: 500, sortField: "name") { total items { id name title unit { id name } } } }');
    expect(page.errors).toBeUndefined();
    expect(page.data?.personPage).toBeDefined();
    await othersStillServed();
  });

  it('the list of trainees gives at most 200 in name order; more is refused with LIST_SIZE_OUT_OF_RANGE (issue 9 item 3)', async () => {
    const all = await ask('{ trainees(allSites: true, first: 200) { id name } }');
    expect(all.errors).toBeUndefined();
    const names = (all.data!.trainees as { id: string }[]).map((trainee) => trainee.id);
    const two = await ask('{ trainees(allSites: true, first: 2) { id } }');
    expect((two.data!.trainees as { id: string }[]).map((trainee) => trainee.id)).toEqual(names.slice(0, 2));
    const tooMany = await ask('{ trainees(allSites: true, first: 201) { id } }');
    expectProblems(tooMany, 'BAD_USER_INPUT', { code: 'LIST_SIZE_OUT_OF_RANGE', field: 'first', params: { min: 1, max: 200, first: 201 } });
  });

  const padded = JSON.stringify({ query: OWN_TRAINEES, variables: { padding: 'x'.repeat(2 * 1024 * 1024) } });

  it('a 2 MB body with its Content-Length is refused with 413 before it is read', async () => {
    expectRefused(await rawPost(graph.gatewayUrl, padded, graph.tokenFor('atbt-chef')), 413, 'BAD_USER_INPUT', 'REQUEST_TOO_LARGE');
    await othersStillServed();
  });

  it('a 2 MB body sent in chunks is refused with 413 once 1 MB has been read; a small one in chunks passes', async () => {
    const token = graph.tokenFor('atbt-chef');
    expectRefused(await rawPost(graph.gatewayUrl, padded, token, { chunked: true }), 413, 'BAD_USER_INPUT', 'REQUEST_TOO_LARGE');
    const small = await rawPost(graph.gatewayUrl, JSON.stringify({ query: OWN_TRAINEES }), token, { chunked: true });
    expect(small.status).toBe(200);
    expect(small.errors).toBeUndefined();
    await othersStillServed();
  });

  it('a response over the cap is replaced by a refusal; a smaller one passes', async () => {
    const url = await gatewayWith({ maxResponseBytes: 2000 });
    const everything = await ask('{ trainees(allSites: true) { id name personalIdentityNumber cohort { name } placements { id startDate endDate } } }', {
      url,
    });
    // measured once the subgraphs have answered, so not a refusal before the work
    expectRefused(everything, 200, 'BAD_USER_INPUT', 'RESPONSE_TOO_LARGE', false);
    const one = await ask('{ viewer { id } }', { url });
    expect(one.errors).toBeUndefined();
  });

  it('a subgraph slower than the upstream timeout gets the request an error at once, not a hung connection', async () => {
    const url = await gatewayWith({ upstreamTimeoutMs: 1 });
    await ask('{ __typename }', { url }); // the new gateway loads its supergraph and planner first
    const answer = await ask(OWN_TRAINEES, { url });
    expect(answer.ms).toBeLessThan(FAST_MS);
    expect(answer.data?.trainees ?? null).toBeNull();
    expect(answer.status).toBe(503);
    expectProblems(answer, 'UNAVAILABLE', { code: 'SERVICE_UNAVAILABLE', message: 'Tjänsten för anställningar svarar inte just nu. Försök igen om en stund.' });
    expect(JSON.stringify(answer.errors)).not.toContain('127.0.0.1');
    await othersStillServed();
  });

  it('too many requests with one token get 429 with Retry-After; another user is still served', async () => {
    const url = await gatewayWith({ rateLimitPerMinute: 3 });
    const token = graph.tokenFor('atbt-chef');
    for (let request = 0; request < 3; request++) expect((await ask(OWN_TRAINEES, { url, token })).status).toBe(200);
    const refused = await ask(OWN_TRAINEES, { url, token });
    expectRefused(refused, 429, 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS');
    const seconds = Number(refused.headers.get('retry-after'));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(refused.errors?.[0].extensions?.problems?.[0]).toMatchObject({
      params: { retryAfterSeconds: seconds },
      message: `För många anrop på kort tid. Försök igen om ${seconds} sekunder.`,
    });
    await othersStillServed(url);
  });

  it('too many requests from one address get 429 whatever the token, another address is still served', async () => {
    const url = await gatewayWith({ rateLimitPerAddressPerMinute: 3 });
    for (const username of ['atbt-chef', 'bitr-atbt-chef', 'atbt-chef']) expect((await ask(OWN_TRAINEES, { url, username })).status).toBe(200);
    const refused = await ask(OWN_TRAINEES, { url, username: 'bitr-atbt-chef' });
    expectRefused(refused, 429, 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const unauthenticated = await ask(OWN_TRAINEES, { url, token: 'forged' });
    expect(unauthenticated.status).toBe(429);

    const fromElsewhere = await rawPost(url, JSON.stringify({ query: OWN_TRAINEES }), graph.tokenFor('bitr-atbt-chef'), { localAddress: '127.0.0.2' });
    expect(fromElsewhere.status).toBe(200);
  });
});

/**
 * A POST over node:http, which fetch cannot do: from another loopback address, in chunks without
 * Content-Length, and reading the answer the server sends before it has read the whole body.
 */
function rawPost(url: string, body: string, token: string, options: { localAddress?: string; chunked?: boolean } = {}): Promise<Answer> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(options.chunked ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
    };
    const request = http.request(url, { method: 'POST', localAddress: options.localAddress, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as object;
        resolve({ status: response.statusCode ?? 0, headers: new Headers(response.headers as Record<string, string>), ms: Date.now() - started, ...answer });
      });
    });
    request.on('error', reject);
    for (let offset = 0; offset < body.length; offset += 64 * 1024) request.write(body.slice(offset, offset + 64 * 1024));
    request.end();
  });
}

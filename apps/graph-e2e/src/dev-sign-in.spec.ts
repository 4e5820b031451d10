import fs from 'node:fs';
import path from 'node:path';
import { authConfigFromEnv } from '@bt/auth';
import { startGateway } from '@bt/gateway';
import { testEngine } from '@bt/testing';
import { PRODUCTION_TEST_ENV, startTestGraph, type TestGraph } from '@bt/test-graph';

function devTokenUrl(gatewayUrl: string) {
  return gatewayUrl.replace(/\/graphql$/, '/auth/dev-token');
}

async function requestToken(gatewayUrl: string, body: string) {
  const response = await fetch(devTokenUrl(gatewayUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as { token?: string; error?: string } };
}

describe(`development sign-in on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it('gives the seeded Director a token that the whole graph accepts', async () => {
    const { status, body } = await requestToken(graph.gatewayUrl, JSON.stringify({ username: 'atbt-chef' }));
    expect(status).toBe(200);
    const response = await graph.query<{ cohorts: unknown[] }>('{ cohorts { name } }', { token: body.token });
    expect(response.data!.cohorts).toHaveLength(6);
  });

  it('says what is wrong with an unknown user, a missing name or a body that is not JSON', async () => {
    expect(await requestToken(graph.gatewayUrl, JSON.stringify({ username: 'okand' }))).toMatchObject({
      status: 404,
      body: { error: expect.stringMatching(/okand/) },
    });
    expect(await requestToken(graph.gatewayUrl, JSON.stringify({}))).toMatchObject({ status: 400, body: { error: expect.stringMatching(/användarnamn/) } });
    expect(await requestToken(graph.gatewayUrl, 'inte json')).toMatchObject({ status: 400 });
  });

  it('does not exist outside development mode', async () => {
    const production = authConfigFromEnv(PRODUCTION_TEST_ENV);
    const gateway = await startGateway({
      supergraphSdl: fs.readFileSync(path.resolve(__dirname, '../../gateway/supergraph.graphql'), 'utf8'),
      auth: production,
      port: 0,
      demoViewers: new Map([['atbt-chef', graph.viewer('atbt-chef')]]),
    });
    try {
      const { status, body } = await requestToken(gateway.url, JSON.stringify({ username: 'atbt-chef' }));
      expect(status).toBe(404);
      expect(body.token).toBeUndefined();
    } finally {
      await gateway.stop();
    }
  });
});

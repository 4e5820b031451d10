import fs from 'node:fs';
import path from 'node:path';
import { authConfigFromEnv } from '@bt/auth';
import { startGateway } from '@bt/gateway';
import { testEngine } from '@bt/testing';
import { PRODUCTION_TEST_ENV, startTestGraph, type TestGraph } from '@bt/test-graph';

describe(`the dashboard's list of demo users on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it('lists every seeded person with name and roles, and nothing secret', async () => {
    const response = await fetch(graph.gatewayUrl.replace(/\/graphql$/, '/auth/dev-users'));
    expect(response.status).toBe(200);
    const users = (await response.json()) as { username: string; name: string; roles: string[] }[];
    expect(users).toHaveLength(graph.data.people.length + graph.data.trainees.length);
    expect(users.find((u) => u.username === 'atbt-chef')).toEqual({ username: 'atbt-chef', name: graph.viewer('atbt-chef').name, roles: ['DIRECTOR'] });
    expect(Object.keys(users[0]).sort()).toEqual(['name', 'roles', 'username']);
  });

  it('does not exist outside development mode', async () => {
    const gateway = await startGateway({
      supergraphSdl: fs.readFileSync(path.resolve(__dirname, '../../gateway/supergraph.graphql'), 'utf8'),
      auth: authConfigFromEnv(PRODUCTION_TEST_ENV),
      port: 0,
      demoViewers: new Map([['atbt-chef', graph.viewer('atbt-chef')]]),
    });
    try {
      const response = await fetch(gateway.url.replace(/\/graphql$/, '/auth/dev-users'));
      expect(response.status).toBe(404);
    } finally {
      await gateway.stop();
    }
  });
});

import { auditServer } from 'graphql-http';
import type { RunningGateway } from '@bt/gateway';
import { testEngine } from '@bt/testing';
import { startProductionGateway, startTestGraph, type TestGraph } from '@bt/test-graph';

/**
 * The GraphQL-over-HTTP audit (graphql-http's auditServer) against a production-mode gateway with a valid
 * token: every MUST holds except the one asking `__type`, which is introspection and refused in production
 * on purpose. GET is refused on purpose too (JSON POST only), which the audit counts as MAY.
 */
const INTROSPECTION_AUDITS = ['28B9'];

describe(`GraphQL over HTTP at a production-mode gateway on ${testEngine()}`, () => {
  let graph: TestGraph;
  let gateway: RunningGateway;

  beforeAll(async () => {
    graph = await startTestGraph();
    gateway = await startProductionGateway(graph);
  });
  afterAll(async () => {
    await gateway?.stop();
    await graph?.stop();
  });

  it('passes every MUST of the audit but the introspection one', async () => {
    const token = graph.tokenFor('atbt-chef');
    const results = await auditServer({
      url: gateway.url,
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      },
    });
    const failedMusts = results.filter((result) => result.name.startsWith('MUST') && result.status !== 'ok').map((result) => result.id);
    expect(failedMusts).toEqual(INTROSPECTION_AUDITS);
    expect(results.filter((result) => result.name.includes('GET') && result.status === 'ok').map((result) => result.name)).toEqual([
      'MAY NOT allow executing mutations on GET requests',
    ]);
  });
});

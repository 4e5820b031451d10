import { startTestGraph, testEngine, type TestGraph } from '@bt/testing';
import { COHORTS_QUERY, type CohortsResult } from './queries';

/** SQL statements the three subgraphs send for one request of the cohorts query, after a warm-up. */
async function statementsPerRequest(graph: TestGraph): Promise<{ statements: number; trainees: number }> {
  const token = graph.tokenFor('atbt-chef');
  await graph.query(COHORTS_QUERY, { token });
  const before = graph.sqlStatements();
  const response = await graph.query<CohortsResult>(COHORTS_QUERY, { token });
  expect(response.errors).toBeUndefined();
  return { statements: graph.sqlStatements() - before, trainees: response.data!.cohorts.flatMap((c) => c.trainees).length };
}

describe(`SQL statements per request on ${testEngine()}`, () => {
  it('stay the same with ten times as many trainees (DataLoader batching everywhere)', async () => {
    const small = await startTestGraph({ scale: 1 });
    const smallCount = await statementsPerRequest(small).finally(() => small.stop());
    const large = await startTestGraph({ scale: 10 });
    const largeCount = await statementsPerRequest(large).finally(() => large.stop());

    expect(largeCount.trainees).toBe(10 * smallCount.trainees);
    expect(largeCount.statements).toBe(smallCount.statements);
    expect(smallCount.statements).toBeGreaterThan(0);
  });
});

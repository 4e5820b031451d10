import type { TestGraph } from '@bt/test-graph';

/** SQL statements the three subgraphs send for one request, after a warm-up, and the rows it returned. */
export async function statementsPerRequest(graph: TestGraph, query: string, count: (data: never) => number, username = 'atbt-chef') {
  const token = graph.tokenFor(username);
  await graph.query(query, { token });
  const before = graph.sqlStatements();
  const response = await graph.query(query, { token });
  expect(response.errors).toBeUndefined();
  return { statements: graph.sqlStatements() - before, rows: count(response.data as never) };
}

import type { TestGraph } from '@bt/test-graph';

/** Measured requests per figure: a DataLoader batches per tick, see `statementsPerRequest`. */
const MEASURED_REQUESTS = 3;

/**
 * SQL statements the three subgraphs send for one request, after a warm-up, and the rows it returned.
 * Two branches of a query that reach the same DataLoader (a placement's unit and an absence's deciding
 * unit) share one statement when their data arrives in the same tick and take two when it does not, so
 * one request can come in one statement under its bound. The figure is the most of three requests:
 * the bound, which is what must stay flat as the data grows.
 */
export async function statementsPerRequest(graph: TestGraph, query: string, count: (data: never) => number, username = 'atbt-chef') {
  const token = graph.tokenFor(username);
  await graph.query(query, { token });
  let statements = 0;
  let rows = 0;
  for (let request = 0; request < MEASURED_REQUESTS; request += 1) {
    const before = graph.sqlStatements();
    const response = await graph.query(query, { token });
    expect(response.errors).toBeUndefined();
    statements = Math.max(statements, graph.sqlStatements() - before);
    rows = count(response.data as never);
  }
  return { statements, rows };
}

import type { TestGraph } from '@bt/test-graph';

/** What the absence specs ask the graph: seeded trainees and people by username, and queries as a user (`ok`: no errors expected). */
export function absenceSupport(graph: () => TestGraph) {
  const ask = <T>(username: string, query: string, variables: Record<string, unknown> = {}) =>
    graph().query<T>(query, { token: graph().tokenFor(username), variables });
  return {
    trainee: (username: string) => graph().data.trainees.find((t) => t.username === username)!,
    person: (username: string) => graph().data.people.find((p) => p.username === username)!,
    ask,
    async ok<T>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await ask<T>(username, query, variables);
      expect(response.errors).toBeUndefined();
      return response.data!;
    },
  };
}

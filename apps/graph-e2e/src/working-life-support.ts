import type { TestGraph } from '@bt/test-graph';

/** The `index`th trainee of `siteName` employed on the seed's day (the cohort in progress). */
export function currentTrainee(graph: TestGraph, siteName: string, index = 0) {
  const siteId = graph.data.sites.find((s) => s.name === siteName)!.id;
  return graph.data.trainees.filter((t) => t.siteId === siteId && t.employmentStart <= graph.data.asOf && t.employmentEnd >= graph.data.asOf)[index];
}

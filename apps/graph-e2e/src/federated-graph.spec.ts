import { GATEWAY_SECRET_HEADER } from '@bt/auth';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { OVERVIEW_QUERY, type OverviewResult, type OverviewTrainee } from './queries';

describe(`the federated graph through the gateway on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it('joins every trainee and their cohort (employment) with its own placements, goal progress (education) and certificates (certification)', async () => {
    const response = await graph.query<OverviewResult>(OVERVIEW_QUERY, { token: graph.tokenFor('atbt-chef') });
    expect(response.errors).toBeUndefined();
    const { data } = graph;
    const unitName = new Map(data.units.map((unit) => [unit.id, unit.name]));
    const goalCode = new Map(data.goals.map((goal) => [goal.id, goal.code]));
    const sorted = <T>(rows: T[]) => rows.map((row) => JSON.stringify(row)).sort();
    const stored = (traineeId: string): Omit<OverviewTrainee, 'id' | 'name'> => ({
      placements: data.placements
        .filter((p) => p.traineeId === traineeId)
        .map((p) => ({ unit: { name: unitName.get(p.unitId)! }, startDate: p.startDate, endDate: p.endDate })),
      goalProgress: data.goalProgress.filter((g) => g.traineeId === traineeId).map((g) => ({ goal: { code: goalCode.get(g.goalId)! }, level: g.level })),
      certificates: data.certificates.filter((c) => c.traineeId === traineeId).map((c) => ({ kind: c.kind, status: c.status })),
    });

    const { total, items } = response.data!.traineePage;
    expect(total).toBe(data.trainees.length);
    expect(items.map((t) => t.id).sort()).toEqual(data.trainees.map((t) => t.id).sort());
    const cohortOf = new Map(data.trainees.map((t) => [t.id, t.cohortId]));
    for (const trainee of items) {
      expect(trainee.cohort.id).toBe(cohortOf.get(trainee.id));
      const expected = stored(trainee.id);
      expect(sorted(trainee.placements)).toEqual(sorted(expected.placements));
      expect(sorted(trainee.goalProgress)).toEqual(sorted(expected.goalProgress));
      expect(sorted(trainee.certificates)).toEqual(sorted(expected.certificates));
    }
    const all = items;
    for (const part of ['placements', 'goalProgress', 'certificates'] as const) expect(all.some((t) => t[part].length > 0)).toBe(true);
  });

  it('subgraphs run without Apollo cache-control instrumentation (no hints, no cache-control header) and still serve what federation needs', async () => {
    for (const [name, url] of Object.entries(graph.subgraphUrls)) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${graph.tokenFor('atbt-chef')}`,
          [GATEWAY_SECRET_HEADER]: graph.auth.gatewaySecret,
        },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      const body = (await response.json()) as { data?: { _service: { sdl: string } }; extensions?: unknown; errors?: unknown };
      expect({ name, status: response.status, cacheControl: response.headers.get('cache-control'), extensions: body.extensions, errors: body.errors }).toEqual({
        name,
        status: 200,
        cacheControl: null,
        extensions: undefined,
        errors: undefined,
      });
      expect(body.data!._service.sdl).toMatch(/@key\(fields: "id"/);
    }
  });
});

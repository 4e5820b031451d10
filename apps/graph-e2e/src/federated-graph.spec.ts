import { GATEWAY_SECRET_HEADER } from '@bt/auth';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { COHORTS_QUERY, type CohortsResult } from './queries';

type TraineeRow = CohortsResult['cohorts'][number]['trainees'][number];

describe(`the federated graph through the gateway on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it('joins every cohort and trainee (employment) with its own placements, goal progress (education) and certificates (certification)', async () => {
    const response = await graph.query<CohortsResult>(COHORTS_QUERY, { token: graph.tokenFor('atbt-chef') });
    expect(response.errors).toBeUndefined();
    const { data } = graph;
    const unitName = new Map(data.units.map((unit) => [unit.id, unit.name]));
    const goalCode = new Map(data.goals.map((goal) => [goal.id, goal.code]));
    const sorted = <T>(rows: T[]) => rows.map((row) => JSON.stringify(row)).sort();
    const stored = (traineeId: string): Omit<TraineeRow, 'id' | 'name'> => ({
      placements: data.placements
        .filter((p) => p.traineeId === traineeId)
        .map((p) => ({ unit: { name: unitName.get(p.unitId)! }, startDate: p.startDate, endDate: p.endDate })),
      goalProgress: data.goalProgress.filter((g) => g.traineeId === traineeId).map((g) => ({ goal: { code: goalCode.get(g.goalId)! }, level: g.level })),
      certificates: data.certificates.filter((c) => c.traineeId === traineeId).map((c) => ({ kind: c.kind, status: c.status })),
    });

    const cohorts = response.data!.cohorts;
    expect(cohorts.map((c) => c.id).sort()).toEqual(data.cohorts.map((c) => c.id).sort());
    for (const cohort of cohorts) {
      expect(cohort.trainees.map((t) => t.id).sort()).toEqual(
        data.trainees
          .filter((t) => t.cohortId === cohort.id)
          .map((t) => t.id)
          .sort(),
      );
      for (const trainee of cohort.trainees) {
        const expected = stored(trainee.id);
        expect(sorted(trainee.placements)).toEqual(sorted(expected.placements));
        expect(sorted(trainee.goalProgress)).toEqual(sorted(expected.goalProgress));
        expect(sorted(trainee.certificates)).toEqual(sorted(expected.certificates));
      }
    }
    const all = cohorts.flatMap((c) => c.trainees);
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

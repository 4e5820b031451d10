import { loadSeed } from '@bt/seed';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { COHORTS_QUERY, type CohortsResult } from './queries';

describe(`the federated graph through the gateway on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it("returns every seeded cohort with trainees and data from all three subgraphs for the Director", async () => {
    const response = await graph.query<CohortsResult>(COHORTS_QUERY, { token: graph.tokenFor('atbt-chef') });
    expect(response.errors).toBeUndefined();
    const cohorts = response.data!.cohorts;

    expect(cohorts.map((c) => c.name).sort()).toEqual(
      ['VT 2025 Ljungby', 'VT 2025 Växjö', 'VT 2026 Ljungby', 'VT 2026 Växjö', 'VT 2027 Ljungby', 'VT 2027 Växjö'],
    );
    // REC-2: 4 Växjö + 2 Ljungby trainees a year
    for (const cohort of cohorts) {
      expect(cohort.trainees).toHaveLength(cohort.site.name === 'Växjö' ? 4 : 2);
      expect(cohort.name).toContain(cohort.site.name);
    }

    const byYear = (year: string) => cohorts.filter((c) => c.name.includes(year)).flatMap((c) => c.trainees);
    // EDU-1: five placements (vacation is not a placement), starting and ending at the vårdcentral
    for (const trainee of cohorts.flatMap((c) => c.trainees)) {
      expect(trainee.placements).toHaveLength(5);
      expect(trainee.placements[0].unit.name).toMatch(/^Vårdcentralen/);
      expect(trainee.placements[4].unit.name).toBe(trainee.placements[0].unit.name);
    }
    // a finished cohort: all 18 goals at level 4 or 5 and three signed certificates (CERT-1, CERT-4)
    for (const trainee of byYear('2025')) {
      expect(trainee.goalProgress.map((g) => g.goal.code).sort()).toHaveLength(18);
      expect(trainee.goalProgress.every((g) => g.level >= 4)).toBe(true);
      expect(trainee.certificates.map((c) => `${c.kind}:${c.status}`).sort()).toEqual([
        'BASIC_COMPETENCE:SIGNED',
        'COMPLETED_SERVICE:SIGNED',
        'GOALS:SIGNED',
      ]);
    }
    // the cohort in progress: levels on the way, the goals certificate drafted in the last months
    for (const trainee of byYear('2026')) {
      expect(trainee.goalProgress).toHaveLength(18);
      expect(trainee.certificates).toEqual([{ kind: 'GOALS', status: 'DRAFT' }]);
    }
    // the cohort that has not started: a planned schedule, nothing assessed yet
    for (const trainee of byYear('2027')) {
      expect(trainee.goalProgress).toEqual([]);
      expect(trainee.certificates).toEqual([]);
    }
  });

  it('EDU-2: Ljungby trainees do inpatient care in Ljungby, psychiatry in Växjö and primary care in the west', async () => {
    const response = await graph.query<CohortsResult>(COHORTS_QUERY, { token: graph.tokenFor('atbt-chef') });
    const ljungby = response.data!.cohorts.filter((c) => c.site.name === 'Ljungby').flatMap((c) => c.trainees);
    const units = new Set(ljungby.flatMap((t) => t.placements.map((p) => p.unit.name)));
    expect([...units].sort()).toEqual(
      expect.arrayContaining(['Kirurgkliniken Ljungby', 'Medicinkliniken Ljungby', 'Vuxenpsykiatrin Växjö']),
    );
    expect([...units].some((name) => /Växjö/.test(name) && !/psykiatri/.test(name))).toBe(false);
  });

  it('loads the same demo data twice without duplicates (idempotent seed)', async () => {
    await loadSeed(graph.databases, graph.data);
    const response = await graph.query<CohortsResult>(COHORTS_QUERY, { token: graph.tokenFor('atbt-chef') });
    expect(response.data!.cohorts).toHaveLength(6);
    expect(response.data!.cohorts.flatMap((c) => c.trainees)).toHaveLength(18);
  });
});

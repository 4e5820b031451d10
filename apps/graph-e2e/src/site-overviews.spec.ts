import { MainSupervision, Placement } from '@bt/education';
import { addDays, coversDate, monthsServed } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';

const TODAY = '2026-11-22';
const OVERVIEWS = '{ siteOverviews { site { name } activeTrainees cohorts traineesWithoutMainSupervisor placementsStartingWithin30Days } }';

interface Overview {
  site: { name: string };
  activeTrainees: number;
  cohorts: number;
  traineesWithoutMainSupervisor: number;
  placementsStartingWithin30Days: number;
}

describe(`the start page and the dashboard's trainee fields on ${testEngine()} (today ${TODAY})`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const overviews = async (username = 'atbt-chef') => {
    const response = await graph.query<{ siteOverviews: Overview[] }>(OVERVIEWS, { token: graph.tokenFor(username) });
    expect(response.errors).toBeUndefined();
    return response.data!.siteOverviews;
  };

  it('shows the current trainees, their months served and current placement (from education, same clock)', async () => {
    const response = await graph.query<{ traineePage: { items: { id: string; active: boolean; monthsServed: number; currentPlacement: { startDate: string; endDate: string } | null }[] } }>(
      '{ traineePage(perPage: 100) { items { id active monthsServed currentPlacement { startDate endDate } } } }',
      { token: graph.tokenFor('studierektor-primar') },
    );
    expect(response.errors).toBeUndefined();
    for (const row of response.data!.traineePage.items) {
      const trainee = graph.data.trainees.find((t) => t.id === row.id)!;
      expect(row.monthsServed).toBe(monthsServed(trainee.employmentStart, trainee.employmentEnd, TODAY));
      const current = graph.data.placements.find((p) => p.traineeId === row.id && coversDate(p, TODAY));
      expect(row.currentPlacement).toEqual(current ? { startDate: current.startDate, endDate: current.endDate } : null);
      expect(row.active).toBe(trainee.employmentStart.startsWith('2026'));
    }
    const byYear = (year: string) => response.data!.traineePage.items.filter((row) => graph.data.trainees.find((t) => t.id === row.id)!.employmentStart.startsWith(year));
    expect(byYear('2025').map((row) => row.monthsServed)).toEqual([12, 12, 12, 12, 12, 12]);
    expect(new Set(byYear('2026').map((row) => row.monthsServed))).toEqual(new Set([10.4]));
    expect(byYear('2026').every((row) => row.currentPlacement !== null)).toBe(true);
    expect(byYear('2027').every((row) => row.monthsServed === 0 && row.currentPlacement === null)).toBe(true);
  });

  it('counts per site against the seed: 4 + 2 active trainees, 3 cohorts each, all with main supervisors, no placement within 30 days', async () => {
    const soon = graph.data.placements.filter((p) => p.startDate >= TODAY && p.startDate <= addDays(TODAY, 30));
    expect(soon).toEqual([]);
    expect(await overviews()).toEqual([
      { site: { name: 'Ljungby' }, activeTrainees: 2, cohorts: 3, traineesWithoutMainSupervisor: 0, placementsStartingWithin30Days: 0 },
      { site: { name: 'Växjö' }, activeTrainees: 4, cohorts: 3, traineesWithoutMainSupervisor: 0, placementsStartingWithin30Days: 0 },
    ]);
  });

  it('counts a trainee still to start who loses the main supervisor, and placements starting soon; not a finished one', async () => {
    const education = graph.databases.education.dataSource;
    const vaxjo = graph.data.sites.find((s) => s.name === 'Växjö')!;
    const upcoming = graph.data.trainees.find((t) => t.siteId === vaxjo.id && t.employmentStart > TODAY)!;
    const finished = graph.data.trainees.find((t) => t.siteId === vaxjo.id && t.employmentEnd < TODAY)!;
    const ljungbyTrainee = graph.data.trainees.find((t) => t.siteId !== vaxjo.id && t.employmentStart.startsWith('2026'))!;
    await education.getRepository(MainSupervision).delete({ traineeId: upcoming.id });
    await education.getRepository(MainSupervision).delete({ traineeId: finished.id });
    const extra = { id: 'extra-placement', traineeId: ljungbyTrainee.id, unitId: graph.data.units[0].id, kind: 'INTERNAL_MEDICINE', startDate: addDays(TODAY, 30), endDate: addDays(TODAY, 60), clinicalSupervisorId: null };
    await education.getRepository(Placement).insert(extra as Placement);

    expect(await overviews('bitr-atbt-chef')).toEqual([
      { site: { name: 'Ljungby' }, activeTrainees: 2, cohorts: 3, traineesWithoutMainSupervisor: 0, placementsStartingWithin30Days: 1 },
      { site: { name: 'Växjö' }, activeTrainees: 4, cohorts: 3, traineesWithoutMainSupervisor: 1, placementsStartingWithin30Days: 0 },
    ]);
    const without = await graph.query<{ traineePage: { total: number; items: { id: string }[] } }>(
      '{ traineePage(filter: { withoutMainSupervisor: true }) { total items { id } } }',
      { token: graph.tokenFor('atbt-chef') },
    );
    expect(without.data!.traineePage.items.map((t) => t.id).sort()).toEqual([upcoming.id, finished.id].sort());
    const soon = await graph.query<{ traineePage: { items: { id: string }[] } }>('{ traineePage(filter: { placementStartingWithinDays: 30 }) { items { id } } }', {
      token: graph.tokenFor('atbt-chef'),
    });
    expect(soon.data!.traineePage.items.map((t) => t.id)).toEqual([ljungbyTrainee.id]);
  });

  it('is for the programme roles only', async () => {
    for (const username of ['hhl-vc-teleborg-1', 'bt-ida.olsson', 'vc-med-vxo']) {
      const response = await graph.query(OVERVIEWS, { token: graph.tokenFor(username) });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  describe('educationTraineeIds (what employment asks education through the gateway)', () => {
    const IDS = 'query ($filter: EducationTraineeFilter!) { educationTraineeIds(filter: $filter) }';

    it("keeps within the caller's scope: a main supervisor gets only their own trainees", async () => {
      const supervisor = graph.viewer('hhl-vc-teleborg-1');
      const stored = await graph.databases.education.dataSource.getRepository(MainSupervision).findBy({ supervisorId: supervisor.id });
      const own = stored.map((m) => m.traineeId).sort();
      expect(own.length).toBeGreaterThan(0);
      const response = await graph.query<{ educationTraineeIds: string[] }>(IDS, { token: graph.tokenFor(supervisor.username), variables: { filter: { withMainSupervisor: true } } });
      expect(response.data!.educationTraineeIds).toEqual(own);
    });

    it('refuses an empty filter, withMainSupervisor false and negative days', async () => {
      const token = graph.tokenFor('atbt-chef');
      for (const filter of [{}, { withMainSupervisor: false }, { placementStartingWithinDays: -1 }]) {
        const response = await graph.query(IDS, { token, variables: { filter } });
        expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
    });

    it('is refused to roles that read no trainees', async () => {
      const response = await graph.query(IDS, { token: graph.tokenFor('extern-bedomare-1'), variables: { filter: { withMainSupervisor: true } } });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});

import { MainSupervision, Placement } from '@bt/education';
import { In } from 'typeorm';
import { addDays, coversDate, isEmploymentActive, monthsServed } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { changeEducation } from './education-writes';

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
    const response = await graph.query<{
      traineePage: { items: { id: string; active: boolean; monthsServed: number; currentPlacement: { startDate: string; endDate: string } | null }[] };
    }>('{ traineePage(perPage: 100) { items { id active monthsServed currentPlacement { startDate endDate } } } }', {
      token: graph.tokenFor('studierektor-primar'),
    });
    expect(response.errors).toBeUndefined();
    const rows = response.data!.traineePage.items;
    expect(rows).toHaveLength(graph.data.trainees.length);
    expect(rows.some((row) => row.active && row.monthsServed > 0 && row.currentPlacement !== null)).toBe(true);
    for (const row of rows) {
      const trainee = graph.data.trainees.find((t) => t.id === row.id)!;
      expect(row.monthsServed).toBe(monthsServed(trainee.employmentStart, trainee.employmentEnd, TODAY));
      const current = graph.data.placements.find((p) => p.traineeId === row.id && coversDate(p, TODAY));
      expect(row.currentPlacement).toEqual(current ? { startDate: current.startDate, endDate: current.endDate } : null);
      expect(row.active).toBe(isEmploymentActive(trainee.employmentStart, trainee.employmentEnd, TODAY));
    }
  });

  it('counts per site the trainees employed today and the cohorts', async () => {
    const sites = [...graph.data.sites].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    const perSite = (siteId: string) => graph.data.trainees.filter((t) => t.siteId === siteId);
    expect((await overviews()).map(({ site, activeTrainees, cohorts }) => ({ site, activeTrainees, cohorts }))).toEqual(
      sites.map((site) => ({
        site: { name: site.name },
        activeTrainees: perSite(site.id).filter((t) => isEmploymentActive(t.employmentStart, t.employmentEnd, TODAY)).length,
        cohorts: graph.data.cohorts.filter((c) => c.siteId === site.id).length,
      })),
    );
  });

  it('counts a trainee still to start who loses the main supervisor, and placements starting soon; not a finished one', async () => {
    const education = graph.databases.education.dataSource;
    const vaxjo = graph.data.sites.find((s) => s.name === 'Växjö')!;
    const traineeIds = async (filter: string) =>
      (
        await graph.query<{ traineePage: { items: { id: string }[] } }>(`{ traineePage(perPage: 100, filter: { ${filter} }) { items { id } } }`, {
          token: graph.tokenFor('atbt-chef'),
        })
      )
        .data!.traineePage.items.map((t) => t.id)
        .sort();
    const [before, withoutBefore, soonBefore] = [
      await overviews('bitr-atbt-chef'),
      await traineeIds('withoutMainSupervisor: true'),
      await traineeIds('placementStartingWithinDays: 30'),
    ];
    const supervised = new Set(graph.data.mainSupervisions.map((m) => m.traineeId));
    const upcoming = graph.data.trainees.find((t) => t.siteId === vaxjo.id && t.employmentStart > TODAY && supervised.has(t.id))!;
    const finished = graph.data.trainees.find((t) => t.siteId === vaxjo.id && t.employmentEnd < TODAY && supervised.has(t.id))!;
    const ljungbyTrainee = graph.data.trainees.find(
      (t) => t.siteId !== vaxjo.id && isEmploymentActive(t.employmentStart, t.employmentEnd, TODAY) && !soonBefore.includes(t.id),
    )!;
    const removed = await education.getRepository(MainSupervision).findBy({ traineeId: In([upcoming.id, finished.id]) });
    const extra = {
      id: 'extra-placement',
      traineeId: ljungbyTrainee.id,
      unitId: graph.data.units[0].id,
      kind: 'INTERNAL_MEDICINE',
      startDate: addDays(TODAY, 30),
      endDate: addDays(TODAY, 60),
      clinicalSupervisorId: null,
    };
    await changeEducation(graph, async (manager) => {
      await manager.getRepository(MainSupervision).delete({ traineeId: In([upcoming.id, finished.id]) });
      await manager.getRepository(Placement).insert(extra as Placement);
      return [upcoming.id, finished.id, ljungbyTrainee.id];
    });
    try {
      const plusOne = (site: string, field: 'traineesWithoutMainSupervisor' | 'placementsStartingWithin30Days') => (overview: Overview) =>
        overview.site.name === site ? { ...overview, [field]: overview[field] + 1 } : overview;
      expect(await overviews('bitr-atbt-chef')).toEqual(
        before.map(plusOne('Växjö', 'traineesWithoutMainSupervisor')).map(plusOne('Ljungby', 'placementsStartingWithin30Days')),
      );
      expect(await traineeIds('withoutMainSupervisor: true')).toEqual([...withoutBefore, upcoming.id, finished.id].sort());
      expect(await traineeIds('placementStartingWithinDays: 30')).toEqual([...soonBefore, ljungbyTrainee.id].sort());
    } finally {
      await changeEducation(graph, async (manager) => {
        await manager.getRepository(Placement).delete({ id: extra.id });
        await manager.getRepository(MainSupervision).insert(removed);
        return [upcoming.id, finished.id, ljungbyTrainee.id];
      });
    }
  });

  it('is for the programme roles only', async () => {
    for (const username of ['hhl-vc-teleborg-1', 'bt-ida.olsson', 'vc-med-vxo']) {
      const response = await graph.query(OVERVIEWS, { token: graph.tokenFor(username) });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  describe("education's criteria on the trainee list (employment's read model of education)", () => {
    const PAGE = 'query ($filter: TraineeFilter!) { traineePage(perPage: 100, filter: $filter) { items { id } } }';

    it("keeps within the caller's scope: a main supervisor with a main supervisor filter gets only their own trainees", async () => {
      const supervisor = graph.viewer('hhl-vc-teleborg-1');
      const stored = await graph.databases.education.dataSource.getRepository(MainSupervision).findBy({ supervisorId: supervisor.id });
      const own = stored.map((m) => m.traineeId).sort();
      expect(own.length).toBeGreaterThan(0);
      const response = await graph.query<{ traineePage: { items: { id: string }[] } }>(PAGE, {
        token: graph.tokenFor(supervisor.username),
        variables: { filter: { withoutMainSupervisor: false } },
      });
      expect(response.data!.traineePage.items.map((t) => t.id).sort()).toEqual(own);
      const other = graph.viewer('hhl-vc-dalbo-1');
      const others = await graph.query<{ traineePage: { items: { id: string }[] } }>(PAGE, {
        token: graph.tokenFor(supervisor.username),
        variables: { filter: { mainSupervisorId: other.id } },
      });
      expect(others.data!.traineePage.items).toEqual([]);
    });

    it('refuses negative days', async () => {
      const response = await graph.query(PAGE, { token: graph.tokenFor('atbt-chef'), variables: { filter: { placementStartingWithinDays: -1 } } });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});

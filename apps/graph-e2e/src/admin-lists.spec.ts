import { addDays, coversDate, isEmploymentActive, UnitKind } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';

const TODAY = '2026-11-22';

interface Page<T> {
  total: number;
  items: T[];
}
interface TraineeRow {
  id: string;
  givenName: string;
  familyName: string;
  employmentStart: string;
  employmentEnd: string;
  site: { name: string };
  cohort: { name: string; startDate: string };
}

const TRAINEE_PAGE = `query ($page: Int, $perPage: Int, $sortField: String, $sortOrder: SortOrder, $filter: TraineeFilter) {
  traineePage(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
    total items { id givenName familyName employmentStart employmentEnd site { name } cohort { name startDate } }
  } }`;

/** Swedish order (å, ä, ö after z), as both engines sort the seeded names. */
const swedish = (a: string, b: string) => a.localeCompare(b, 'sv');

function expectOrdered<T>(rows: T[], compare: (a: T, b: T) => number, direction: 'ASC' | 'DESC' = 'ASC') {
  for (let i = 1; i < rows.length; i += 1) {
    const order = compare(rows[i - 1], rows[i]);
    expect(direction === 'ASC' ? order <= 0 : order >= 0).toBe(true);
  }
}

describe(`admin dashboard lists on ${testEngine()}`, () => {
  let graph: TestGraph;
  let token: string;

  beforeAll(async () => {
    graph = await startTestGraph();
    token = graph.tokenFor('atbt-chef');
  });
  afterAll(() => graph?.stop());

  /** A list query as the dashboard sends it: one page, checked to have no errors. */
  const listOf =
    <T>(field: string, document: string) =>
    async (variables: Record<string, unknown>, as = token): Promise<Page<T>> => {
      const response = await graph.query<Record<string, Page<T>>>(document, { token: as, variables });
      expect(response.errors).toBeUndefined();
      return response.data![field];
    };
  const traineePage = listOf<TraineeRow>('traineePage', TRAINEE_PAGE);
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
  const seeded = (predicate: (trainee: TestGraph['data']['trainees'][number]) => boolean) =>
    graph.data.trainees
      .filter(predicate)
      .map((t) => t.id)
      .sort();

  describe('traineePage', () => {
    it('pages through every trainee with the total, in name order by default, without overlap', async () => {
      const first = await traineePage({ perPage: 7 });
      const second = await traineePage({ perPage: 7, page: 2 });
      const third = await traineePage({ perPage: 7, page: 3 });
      const count = graph.data.trainees.length;
      expect(count).toBeGreaterThan(14);
      expect([first.total, second.total, third.total]).toEqual([count, count, count]);
      expect([first.items.length, second.items.length, third.items.length]).toEqual([7, 7, Math.min(7, count - 14)]);
      const all = [...first.items, ...second.items, ...third.items];
      expect(ids(all)).toEqual(seeded(() => true));
      expectOrdered(all, (a, b) => swedish(a.familyName, b.familyName) || swedish(a.givenName, b.givenName));
      expect((await traineePage({ page: 9 })).items).toEqual([]);
    });

    it.each([
      ['name', (a: TraineeRow, b: TraineeRow) => swedish(a.familyName, b.familyName) || swedish(a.givenName, b.givenName)],
      ['familyName', (a: TraineeRow, b: TraineeRow) => swedish(a.familyName, b.familyName)],
      ['employmentStart', (a: TraineeRow, b: TraineeRow) => a.employmentStart.localeCompare(b.employmentStart)],
      ['employmentEnd', (a: TraineeRow, b: TraineeRow) => a.employmentEnd.localeCompare(b.employmentEnd)],
      ['site', (a: TraineeRow, b: TraineeRow) => swedish(a.site.name, b.site.name)],
      ['cohort', (a: TraineeRow, b: TraineeRow) => a.cohort.startDate.localeCompare(b.cohort.startDate) || swedish(a.cohort.name, b.cohort.name)],
    ])('sorts by %s, both ways', async (sortField, compare) => {
      const ascending = await traineePage({ sortField, perPage: 100 });
      const descending = await traineePage({ sortField, sortOrder: 'DESC', perPage: 100 });
      expectOrdered(ascending.items, compare, 'ASC');
      expectOrdered(descending.items, compare, 'DESC');
      expect(compare(ascending.items[0], ascending.items.at(-1)!)).toBeLessThan(0);
    });

    it('filters by ids, site, cohort and activity today', async () => {
      const [a, b] = graph.data.trainees;
      expect(ids((await traineePage({ filter: { ids: [a.id, b.id] } })).items)).toEqual([a.id, b.id].sort());
      expect((await traineePage({ filter: { ids: [] } })).total).toBe(0);
      const ljungby = graph.data.sites.find((s) => s.name === 'Ljungby')!;
      expect(ids((await traineePage({ filter: { siteId: ljungby.id } })).items)).toEqual(seeded((t) => t.siteId === ljungby.id));
      const cohort = graph.data.cohorts[0];
      expect(ids((await traineePage({ filter: { cohortId: cohort.id } })).items)).toEqual(seeded((t) => t.cohortId === cohort.id));
      const active = seeded((t) => isEmploymentActive(t.employmentStart, t.employmentEnd, TODAY));
      expect(active.length).toBeGreaterThan(0);
      expect(ids((await traineePage({ filter: { active: true } })).items)).toEqual(active);
      expect((await traineePage({ filter: { active: false } })).total).toBe(graph.data.trainees.length - active.length);
      expect(ids((await traineePage({ filter: { active: true, siteId: ljungby.id } })).items)).toEqual(
        seeded((t) => active.includes(t.id) && t.siteId === ljungby.id),
      );
    });

    it('searches given and family names, case-insensitively, also with å, ä, ö; every word must match', async () => {
      const found = await traineePage({ filter: { q: 'ÅBERG' } });
      expect(ids(found.items)).toEqual(seeded((t) => t.familyName === 'Åberg'));
      expect(found.total).toBeGreaterThan(0);
      expect((await traineePage({ filter: { q: 'ida olss' } })).items.map((t) => `${t.givenName} ${t.familyName}`)).toEqual(['Ida Olsson']);
      expect((await traineePage({ filter: { q: '%' } })).total).toBe(0);
      expect((await traineePage({ filter: { q: '  ' } })).total).toBe(graph.data.trainees.length);
    });

    it('filters on what education knows: current unit, main supervisor, without one, placements starting soon', async () => {
      const current = graph.data.placements.find((p) => coversDate(p, TODAY))!;
      const atUnit = [...new Set(graph.data.placements.filter((p) => p.unitId === current.unitId && coversDate(p, TODAY)).map((p) => p.traineeId))].sort();
      expect(ids((await traineePage({ filter: { currentUnitId: current.unitId } })).items)).toEqual(atUnit);

      const supervision = graph.data.mainSupervisions[0];
      const own = graph.data.mainSupervisions
        .filter((m) => m.supervisorId === supervision.supervisorId)
        .map((m) => m.traineeId)
        .sort();
      expect(ids((await traineePage({ filter: { mainSupervisorId: supervision.supervisorId } })).items)).toEqual(own);

      const soon = [...new Set(graph.data.placements.filter((p) => p.startDate >= TODAY && p.startDate <= addDays(TODAY, 60)).map((p) => p.traineeId))].sort();
      expect(soon.length).toBeGreaterThan(1);
      expect(ids((await traineePage({ filter: { placementStartingWithinDays: 60 } })).items)).toEqual(soon);
      const within30 = [
        ...new Set(graph.data.placements.filter((p) => p.startDate >= TODAY && p.startDate <= addDays(TODAY, 30)).map((p) => p.traineeId)),
      ].sort();
      expect(ids((await traineePage({ filter: { placementStartingWithinDays: 30 } })).items)).toEqual(within30);

      const supervised = new Set(graph.data.mainSupervisions.map((m) => m.traineeId));
      expect(ids((await traineePage({ filter: { withoutMainSupervisor: true }, perPage: 100 })).items)).toEqual(seeded((t) => !supervised.has(t.id)));
      expect(ids((await traineePage({ filter: { withoutMainSupervisor: false }, perPage: 100 })).items)).toEqual(seeded((t) => supervised.has(t.id)));
      // combined with employment's own filters and paging
      const combined = await traineePage({
        filter: { placementStartingWithinDays: 60, withoutMainSupervisor: false, siteId: graph.data.trainees.find((t) => t.id === soon[0])!.siteId },
        perPage: 1,
      });
      expect(combined.items).toHaveLength(1);
      expect(combined.total).toBeGreaterThan(1);
    });

    it('a main supervisor sees only their own trainees, in the total too (row scope in SQL)', async () => {
      const supervisor = graph.viewer('hhl-vc-teleborg-1');
      const own = graph.data.mainSupervisions
        .filter((m) => m.supervisorId === supervisor.id)
        .map((m) => m.traineeId)
        .sort();
      const page = await traineePage({ perPage: 1 }, graph.tokenFor(supervisor.username));
      expect(page.total).toBe(own.length);
      expect(page.items).toHaveLength(1);
      const all = await traineePage({ perPage: 100 }, graph.tokenFor(supervisor.username));
      expect(ids(all.items)).toEqual(own);
      const self = graph.data.trainees.find((t) => t.username === 'bt-ida.olsson')!;
      expect(ids((await traineePage({}, graph.tokenFor(self.username))).items)).toEqual([self.id]);
    });

    it('refuses bad paging and an unknown sort field, listing the allowed ones', async () => {
      const response = await graph.query(TRAINEE_PAGE, {
        token,
        variables: { page: 0, perPage: 501, sortField: 'age', filter: { placementStartingWithinDays: -1 } },
      });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.problems).toEqual([
        expect.objectContaining({ code: 'PAGE_OUT_OF_RANGE', field: 'page' }),
        expect.objectContaining({ code: 'PAGE_SIZE_OUT_OF_RANGE', field: 'perPage', params: { min: 1, max: 500 } }),
        expect.objectContaining({
          code: 'UNKNOWN_SORT_FIELD',
          field: 'sortField',
          params: { sortField: 'age', allowed: 'name, familyName, employmentStart, employmentEnd, site, cohort' },
        }),
        expect.objectContaining({ code: 'DAYS_AHEAD_OUT_OF_RANGE', field: 'filter.placementStartingWithinDays' }),
      ]);
      expect(response.errors?.[0].message).not.toMatch(/sortField|perPage|placementStartingWithinDays/);
    });

    it('is refused to roles that may not read trainees', async () => {
      const response = await graph.query(TRAINEE_PAGE, { token: graph.tokenFor('vc-med-vxo'), variables: {} });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('cohortPage', () => {
    interface CohortRow {
      id: string;
      name: string;
      startDate: string;
      site: { name: string };
    }
    const COHORT_PAGE = `query ($sortField: String, $sortOrder: SortOrder, $filter: CohortFilter, $perPage: Int, $page: Int) {
      cohortPage(sortField: $sortField, sortOrder: $sortOrder, filter: $filter, perPage: $perPage, page: $page) { total items { id name startDate site { name } } } }`;
    const cohortPage = listOf<CohortRow>('cohortPage', COHORT_PAGE);

    it('is newest first by default, with the total and pages', async () => {
      const page = await cohortPage({ perPage: 4 });
      expect(page.total).toBe(graph.data.cohorts.length);
      expect(page.items.map((c) => c.name)).toEqual(['VT 2027 Ljungby', 'VT 2027 Växjö', 'VT 2026 Ljungby', 'VT 2026 Växjö']);
      expect((await cohortPage({ perPage: 4, page: 2 })).items.map((c) => c.name)).toEqual(['VT 2025 Ljungby', 'VT 2025 Växjö']);
    });

    it('sorts by name, startDate and site', async () => {
      expect((await cohortPage({ sortField: 'name', sortOrder: 'DESC' })).items.map((c) => c.name)).toEqual([
        'VT 2027 Växjö',
        'VT 2027 Ljungby',
        'VT 2026 Växjö',
        'VT 2026 Ljungby',
        'VT 2025 Växjö',
        'VT 2025 Ljungby',
      ]);
      expectOrdered((await cohortPage({ sortField: 'startDate' })).items, (a, b) => a.startDate.localeCompare(b.startDate));
      const bySite = await cohortPage({ sortField: 'site' });
      expect(bySite.items.map((c) => c.site.name)).toEqual(['Ljungby', 'Ljungby', 'Ljungby', 'Växjö', 'Växjö', 'Växjö']);
    });

    it('filters by ids, site, year and name; the deputy director gets no default site here', async () => {
      const ljungby = graph.data.sites.find((s) => s.name === 'Ljungby')!;
      expect((await cohortPage({ filter: { siteId: ljungby.id } })).total).toBe(graph.data.cohorts.filter((c) => c.siteId === ljungby.id).length);
      expect((await cohortPage({ filter: { year: 2026 } })).items.map((c) => c.name).sort()).toEqual(['VT 2026 Ljungby', 'VT 2026 Växjö']);
      expect((await cohortPage({ filter: { q: 'växjö', year: 2027 } })).items.map((c) => c.name)).toEqual(['VT 2027 Växjö']);
      expect((await cohortPage({ filter: { ids: [graph.data.cohorts[0].id] } })).items.map((c) => c.id)).toEqual([graph.data.cohorts[0].id]);
      expect((await cohortPage({}, graph.tokenFor('bitr-atbt-chef'))).total).toBe(graph.data.cohorts.length);
    });

    it('refuses an unknown sort field and the roles outside the programme', async () => {
      const bad = await graph.query(COHORT_PAGE, { token, variables: { sortField: 'trainees' } });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0].extensions?.problems).toEqual([
        expect.objectContaining({ code: 'UNKNOWN_SORT_FIELD', field: 'sortField', params: { sortField: 'trainees', allowed: 'name, startDate, site' } }),
      ]);
      const forbidden = await graph.query(COHORT_PAGE, { token: graph.tokenFor('hhl-vc-teleborg-1'), variables: {} });
      expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('unitPage', () => {
    interface UnitRow {
      id: string;
      name: string;
      kind: string;
      site: { name: string };
    }
    const UNIT_PAGE = `query ($sortField: String, $sortOrder: SortOrder, $filter: UnitFilter, $perPage: Int) {
      unitPage(sortField: $sortField, sortOrder: $sortOrder, filter: $filter, perPage: $perPage) { total items { id name kind site { name } } } }`;
    const unitPage = listOf<UnitRow>('unitPage', UNIT_PAGE);

    it('is open to every signed-in role, by name by default', async () => {
      const page = await unitPage({ perPage: 5 }, graph.tokenFor('bt-ida.olsson'));
      expect(page.total).toBe(graph.data.units.length);
      expect(page.items).toHaveLength(5);
      expectOrdered((await unitPage({ perPage: 100 })).items, (a, b) => swedish(a.name, b.name));
    });

    it('sorts by name, kind and site', async () => {
      expectOrdered((await unitPage({ sortField: 'name', sortOrder: 'DESC' })).items, (a, b) => swedish(a.name, b.name), 'DESC');
      expectOrdered((await unitPage({ sortField: 'kind' })).items, (a, b) => a.kind.localeCompare(b.kind));
      expectOrdered((await unitPage({ sortField: 'site', sortOrder: 'DESC' })).items, (a, b) => swedish(a.site.name, b.site.name), 'DESC');
    });

    it('filters by ids, site, kind and name', async () => {
      const ljungby = graph.data.sites.find((s) => s.name === 'Ljungby')!;
      expect((await unitPage({ filter: { siteId: ljungby.id } })).total).toBe(graph.data.units.filter((u) => u.siteId === ljungby.id).length);
      expect((await unitPage({ filter: { kind: 'PRIMARY_CARE' } })).items.every((u) => u.name.startsWith('Vårdcentralen'))).toBe(true);
      expect((await unitPage({ filter: { kind: 'PRIMARY_CARE' } })).total).toBe(graph.data.units.filter((u) => u.kind === UnitKind.PRIMARY_CARE).length);
      expect((await unitPage({ filter: { q: 'VÅRDCENTRALEN tele' } })).items.map((u) => u.name)).toEqual(['Vårdcentralen Teleborg']);
      expect((await unitPage({ filter: { ids: [graph.data.units[2].id] } })).items.map((u) => u.id)).toEqual([graph.data.units[2].id]);
    });
  });

  describe('personPage', () => {
    interface PersonRow {
      id: string;
      name: string;
      username: string;
      title: string | null;
      roles: string[];
    }
    const PERSON_PAGE = `query ($sortField: String, $sortOrder: SortOrder, $filter: PersonFilter, $perPage: Int) {
      personPage(sortField: $sortField, sortOrder: $sortOrder, filter: $filter, perPage: $perPage) { total items { id name username title roles } } }`;
    const personPage = listOf<PersonRow>('personPage', PERSON_PAGE);

    it('lists all staff with the total, by name by default', async () => {
      const page = await personPage({ perPage: 10 });
      expect(page.total).toBe(graph.data.people.length);
      expectOrdered((await personPage({ perPage: 500 })).items, (a, b) => swedish(a.name, b.name));
    });

    it('sorts by name, username and title', async () => {
      expectOrdered((await personPage({ sortField: 'name', sortOrder: 'DESC', perPage: 500 })).items, (a, b) => swedish(a.name, b.name), 'DESC');
      expectOrdered((await personPage({ sortField: 'username', perPage: 500 })).items, (a, b) =>
        a.username < b.username ? -1 : a.username > b.username ? 1 : 0,
      );
      const byTitle = (await personPage({ sortField: 'title', perPage: 500 })).items;
      expectOrdered(byTitle, (a, b) => swedish(a.title ?? '', b.title ?? ''));
    });

    it('filters by role (one of several), site, unit, name or username, and ids', async () => {
      const directors = await personPage({ filter: { role: 'DIRECTOR' } });
      expect(directors.items.map((p) => p.username)).toEqual(['atbt-chef']);
      const clinical = graph.data.people.filter((p) => p.roles.includes('CLINICAL_SUPERVISOR' as never));
      expect((await personPage({ filter: { role: 'CLINICAL_SUPERVISOR' } })).total).toBe(clinical.length);
      const unit = graph.data.units.find((u) => u.name === 'Vårdcentralen Teleborg')!;
      expect((await personPage({ filter: { unitId: unit.id } })).items.map((p) => p.username).sort()).toEqual(
        graph.data.people
          .filter((p) => p.unitId === unit.id)
          .map((p) => p.username)
          .sort(),
      );
      const ljungby = graph.data.sites.find((s) => s.name === 'Ljungby')!;
      expect((await personPage({ filter: { siteId: ljungby.id } })).total).toBe(graph.data.people.filter((p) => p.siteId === ljungby.id).length);
      expect((await personPage({ filter: { q: 'studierektor' } })).items.map((p) => p.username).sort()).toEqual(['studierektor-primar', 'studierektor-sluten']);
      const someone = graph.data.people[5];
      expect((await personPage({ filter: { ids: [someone.id] } })).items.map((p) => p.id)).toEqual([someone.id]);
    });

    it('is refused to a trainee and to supervisors', async () => {
      for (const username of ['bt-ida.olsson', 'hhl-vc-teleborg-1']) {
        const response = await graph.query(PERSON_PAGE, { token: graph.tokenFor(username), variables: {} });
        expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });
  });
});

import type { DataSource } from 'typeorm';
import { publishUnpublishedTrainees } from '@bt/education';
import { addDays, PlacementKind } from '@bt/domain';
import { DEFAULT_AS_OF } from '@bt/seed';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';

/** More trainees than SQLite's 32 766 variables in one statement: what an id list between subgraphs could not carry. */
const EXTRA = 33_000;
const CHUNK = 500;

/** Inserts rows with plain multi-row INSERTs (the seed's builder would take minutes for this many). */
async function insertRows(dataSource: DataSource, table: string, rows: Record<string, unknown>[]): Promise<void> {
  const columns = Object.keys(rows[0]);
  const escape = (name: string) => dataSource.driver.escape(name);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await dataSource.query(
      `INSERT INTO ${escape(table)} (${columns.map(escape).join(', ')}) VALUES ${chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`,
      chunk.flatMap((row) => columns.map((column) => row[column])),
    );
  }
}

/**
 * Issue 9 item 5: at national size the start page, the filtered trainee list and a supervisor's row
 * scope answer on the embedded database too. The seeded graph gets 33 000 more trainees at Växjö, each
 * with a main supervisor and a placement starting in ten days; education publishes them to its change
 * feed (as the seed does) and the read models catch up through the gateway.
 */
describe(`${EXTRA} more trainees than before, on ${testEngine()}`, () => {
  let graph: TestGraph;
  let vaxjo: string;
  let supervisor: string;

  async function ask<T>(query: string, username = 'atbt-chef'): Promise<T> {
    const response = await graph.query<T>(query, { token: graph.tokenFor(username) });
    expect(response.errors).toBeUndefined();
    return response.data!;
  }
  const total = async (filter: string, username?: string) =>
    (await ask<{ traineePage: { total: number } }>(`{ traineePage(perPage: 25, filter: { ${filter} }) { total items { id name } } }`, username)).traineePage
      .total;
  const overview = async () =>
    (
      await ask<{
        siteOverviews: { site: { id: string }; activeTrainees: number; traineesWithoutMainSupervisor: number; placementsStartingWithin30Days: number }[];
      }>('{ siteOverviews { site { id } activeTrainees traineesWithoutMainSupervisor placementsStartingWithin30Days } }')
    ).siteOverviews.find((row) => row.site.id === vaxjo)!;

  let before: { overview: Awaited<ReturnType<typeof overview>>; soon: number; supervised: number; named: number; own: number };

  beforeAll(async () => {
    graph = await startTestGraph();
    const model = graph.data.trainees.find((trainee) => trainee.username === 'bt-ida.olsson')!;
    vaxjo = model.siteId;
    supervisor = graph.viewer('hhl-vc-teleborg-1').id;
    before = {
      overview: await overview(),
      soon: await total(`siteId: "${vaxjo}", placementStartingWithinDays: 30`),
      supervised: await total('withoutMainSupervisor: false'),
      named: await total(`mainSupervisorId: "${supervisor}"`),
      own: await total('', 'hhl-vc-teleborg-1'),
    };
    const ids = Array.from({ length: EXTRA }, (_, index) => `national-${String(index).padStart(6, '0')}`);
    await insertRows(
      graph.databases.employment.dataSource,
      'trainee',
      ids.map((id, index) => ({
        id,
        version: 1,
        username: `bt-${id}`,
        givenName: 'Nationell',
        familyName: `Läkare ${index}`,
        personalIdentityNumber: model.personalIdentityNumber,
        siteId: model.siteId,
        cohortId: model.cohortId,
        employmentStart: model.employmentStart,
        employmentEnd: model.employmentEnd,
        employmentForm: model.employmentForm,
      })),
    );
    const education = graph.databases.education.dataSource;
    await insertRows(
      education,
      'main_supervision',
      ids.map((traineeId) => ({ traineeId, supervisorId: supervisor, fromDate: model.employmentStart })),
    );
    await insertRows(
      education,
      'placement',
      ids.map((traineeId) => ({
        id: `p-${traineeId}`,
        traineeId,
        unitId: graph.data.units[0].id,
        kind: PlacementKind.INTERNAL_MEDICINE,
        startDate: addDays(DEFAULT_AS_OF, 10),
        endDate: addDays(DEFAULT_AS_OF, 40),
        clinicalSupervisorId: null,
      })),
    );
    expect(await publishUnpublishedTrainees(education)).toBe(EXTRA);
    await graph.readModelsCurrent();
  }, 600_000);
  afterAll(() => graph?.stop());

  it('the start page counts them', async () => {
    expect(await overview()).toEqual({
      ...before.overview,
      activeTrainees: before.overview.activeTrainees + EXTRA,
      placementsStartingWithin30Days: before.overview.placementsStartingWithin30Days + EXTRA,
    });
  });

  it('the trainee list filters them by placement and by main supervisor', async () => {
    expect(await total(`siteId: "${vaxjo}", placementStartingWithinDays: 30`)).toBe(before.soon + EXTRA);
    expect(await total('withoutMainSupervisor: false')).toBe(before.supervised + EXTRA);
    expect(await total(`mainSupervisorId: "${supervisor}"`)).toBe(before.named + EXTRA);
  });

  it("their main supervisor's row scope reaches all of them, in employment and in certification", async () => {
    expect(await total('', 'hhl-vc-teleborg-1')).toBe(before.own + EXTRA);
    const { trainee } = await ask<{ trainee: { certificates: unknown[] } | null }>(
      '{ trainee(id: "national-032999") { certificates { kind } } }',
      'hhl-vc-teleborg-1',
    );
    expect(trainee).toEqual({ certificates: [] });
  });
});

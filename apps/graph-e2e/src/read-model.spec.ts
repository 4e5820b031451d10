import type { DataSource } from 'typeorm';
import { MainSupervision, Placement } from '@bt/education';
import { applyEducationChanges, ChangeEvent, compactChangeFeed, ReadMainSupervision, ReadModelCursor, ReadPlacement } from '@bt/subgraph';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { changeEducation } from './education-writes';

const PAGE = 'query ($filter: TraineeFilter!) { traineePage(perPage: 100, filter: $filter) { items { id } } }';
const ONE = 'query ($id: ID!) { trainee(id: $id) { id certificates { kind } } }';

/** What a read model holds (or education's own tables project to), in a fixed order. */
async function model(
  dataSource: DataSource,
  tables: { placement: typeof Placement | typeof ReadPlacement; main: typeof MainSupervision | typeof ReadMainSupervision },
) {
  const placements = await dataSource.getRepository(tables.placement).find({ order: { id: 'ASC' } });
  const mains = await dataSource.getRepository(tables.main).find({ order: { traineeId: 'ASC', supervisorId: 'ASC' } });
  return {
    placements: placements.map(({ id, traineeId, unitId, startDate, endDate, clinicalSupervisorId }) => ({
      id,
      traineeId,
      unitId,
      startDate,
      endDate,
      clinicalSupervisorId,
    })),
    mains: mains.map(({ traineeId, supervisorId, fromDate }) => ({ traineeId, supervisorId, fromDate })),
  };
}

describe(`the read models of education in employment and certification on ${testEngine()}`, () => {
  let graph: TestGraph;
  const readModelOf = (subgraph: 'employment' | 'certification') =>
    model(graph.databases[subgraph].dataSource, { placement: ReadPlacement, main: ReadMainSupervision });
  const educationModel = () => model(graph.databases.education.dataSource, { placement: Placement, main: MainSupervision });
  async function listed(username: string, filter: Record<string, unknown>): Promise<string[]> {
    const response = await graph.query<{ traineePage: { items: { id: string }[] } }>(PAGE, { token: graph.tokenFor(username), variables: { filter } });
    expect(response.errors).toBeUndefined();
    return response.data!.traineePage.items.map((item) => item.id);
  }

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it("hold exactly education's placements and main supervisors once the seed's events are applied, at the feed's last position", async () => {
    const education = await educationModel();
    expect(education.placements.length).toBe(graph.data.placements.length);
    expect(await readModelOf('employment')).toEqual(education);
    expect(await readModelOf('certification')).toEqual(education);
    const head = await graph.databases.education.dataSource.getRepository(ChangeEvent).maximum('position');
    for (const status of await graph.readModelsCurrent()) expect(status).toMatchObject({ position: head, lagMs: expect.any(Number) });
  });

  it("a change written through education's function reaches employment's filter and certification's row scope when the read models catch up", async () => {
    const [from, to] = [graph.viewer('hhl-vc-teleborg-1'), graph.viewer('hhl-vc-dalbo-1')];
    const traineeId = graph.data.mainSupervisions.find((main) => main.supervisorId === from.id)!.traineeId;
    const moveTo = (supervisorId: string) => async (manager: import('typeorm').EntityManager) => {
      await manager.update(MainSupervision, { traineeId }, { supervisorId });
      return [traineeId];
    };
    expect(await listed('atbt-chef', { mainSupervisorId: to.id })).not.toContain(traineeId);

    await changeEducation(graph, moveTo(to.id), { catchUp: false });
    try {
      // not applied yet: employment answers from its model as it was
      expect(await listed('atbt-chef', { mainSupervisorId: to.id })).not.toContain(traineeId);
      await graph.readModelsCurrent();
      expect(await listed('atbt-chef', { mainSupervisorId: to.id })).toContain(traineeId);
      expect(await listed('atbt-chef', { mainSupervisorId: from.id })).not.toContain(traineeId);
      // EDU-7: the new main supervisor sees the trainee and their certificates (certification's scope), the former one no longer
      const asNew = await graph.query<{ trainee: { id: string; certificates: unknown[] } | null }>(ONE, {
        token: graph.tokenFor(to.username),
        variables: { id: traineeId },
      });
      expect(asNew.errors).toBeUndefined();
      const certificates = graph.data.certificates
        .filter((certificate) => certificate.traineeId === traineeId)
        .map((certificate) => ({ kind: certificate.kind }));
      expect(certificates.length).toBeGreaterThan(0);
      expect(asNew.data!.trainee).toEqual({ id: traineeId, certificates: expect.arrayContaining(certificates) });
      const asFormer = await graph.query<{ trainee: unknown }>(ONE, { token: graph.tokenFor(from.username), variables: { id: traineeId } });
      expect(asFormer.data!.trainee).toBeNull();
      expect(await readModelOf('certification')).toEqual(await educationModel());
    } finally {
      await changeEducation(graph, moveTo(from.id));
    }
    expect(await listed('atbt-chef', { mainSupervisorId: from.id })).toContain(traineeId);
  });

  it('a replay from position 0 rebuilds the same model, whatever the model held', async () => {
    const employment = graph.databases.employment.dataSource;
    const before = await readModelOf('employment');
    const [first] = before.placements;
    await employment.getRepository(ReadPlacement).delete({ traineeId: first.traineeId });
    await employment.getRepository(ReadMainSupervision).insert({ traineeId: 'not-a-trainee', supervisorId: 'nobody', fromDate: '2026-01-01' });
    expect(await readModelOf('employment')).not.toEqual(before);

    const status = await graph.readModels.employment.replay();
    expect(await readModelOf('employment')).toEqual(before);
    expect(status.position).toBe(await graph.databases.education.dataSource.getRepository(ChangeEvent).maximum('position'));
  });

  it('applying events twice changes nothing: by hand, and by the consumer from a cursor moved back to 0', async () => {
    const employment = graph.databases.employment.dataSource;
    const before = await readModelOf('employment');
    const events = await graph.databases.education.dataSource.getRepository(ChangeEvent).find({ order: { position: 'ASC' } });
    const changes = events.map(({ position, traineeId, state, createdAt }) => ({ position, traineeId, state, createdAt: createdAt.toISOString() }));
    await employment.transaction((manager) => applyEducationChanges(manager, changes));
    await employment.transaction((manager) => applyEducationChanges(manager, changes.slice(0, 5)));
    expect(await readModelOf('employment')).toEqual(before);

    await employment.getRepository(ReadModelCursor).update({ feed: 'education' }, { position: 0 });
    await graph.readModels.employment.catchUp();
    expect(await readModelOf('employment')).toEqual(before);
  });

  it('the nightly compaction keeps one event per trainee, and a reader behind it or replaying from 0 still reaches the same model', async () => {
    const events = graph.databases.education.dataSource.getRepository(ChangeEvent);
    const [from, to] = [graph.viewer('hhl-vc-teleborg-1'), graph.viewer('hhl-vc-dalbo-1')];
    const traineeId = graph.data.mainSupervisions.find((main) => main.supervisorId === from.id)!.traineeId;
    const moveTo = (supervisorId: string) => async (manager: import('typeorm').EntityManager) => {
      await manager.update(MainSupervision, { traineeId }, { supervisorId });
      return [traineeId];
    };
    // certification's reader stays behind two changes of the same trainee, the first of which the compaction deletes
    await changeEducation(graph, moveTo(to.id), { catchUp: false });
    await changeEducation(graph, moveTo(from.id), { catchUp: false });
    await graph.readModels.employment.catchUp();
    const traineeIds = (await events.find({ select: { traineeId: true } })).map((event) => event.traineeId);
    const head = await events.maximum('position');

    expect(await compactChangeFeed(graph.databases.education.dataSource)).toBe(traineeIds.length - new Set(traineeIds).size);
    expect(await events.count()).toBe(new Set(traineeIds).size);
    expect(await events.maximum('position')).toBe(head);
    expect(await compactChangeFeed(graph.databases.education.dataSource)).toBe(0);

    await graph.readModels.certification.catchUp();
    expect(await readModelOf('certification')).toEqual(await educationModel());
    await graph.readModels.employment.replay();
    expect(await readModelOf('employment')).toEqual(await educationModel());
  });
});

describe(`the read models' lag, polling every 100 ms, on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph({}, { readModelPollMs: 100 });
  });
  afterAll(() => graph?.stop());

  it('picks a change up without being asked, and records how long it took to arrive', async () => {
    const traineeId = graph.data.mainSupervisions[0].traineeId;
    const head = (await graph.databases.education.dataSource.getRepository(ChangeEvent).maximum('position')) ?? 0;
    await changeEducation(graph, async () => [traineeId], { catchUp: false });
    const deadline = Date.now() + 10_000;
    let statuses = await Promise.all([graph.readModels.employment.status(), graph.readModels.certification.status()]);
    while (statuses.some((status) => status.position <= head) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      statuses = await Promise.all([graph.readModels.employment.status(), graph.readModels.certification.status()]);
    }
    for (const status of statuses) {
      expect(status.position).toBe(head + 1);
      expect(status.lagMs).toBeGreaterThanOrEqual(0);
      expect(status.lagMs).toBeLessThan(5_000);
    }
    console.log(`read model lag at 100 ms polling on ${testEngine()}: ${statuses.map((status) => `${status.lagMs} ms`).join(', ')}`);
  });
});

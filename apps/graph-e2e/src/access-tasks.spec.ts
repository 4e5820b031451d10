import { addDays } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';
import { call } from './recruitment-support';

const TASK_FIELDS = 'id kind rule unit { id } placement { id } dueDate needed doneOn doneBy { username } trainee { id }';
const PLAN = `query ($traineeId: ID!) { trainingPlan(traineeId: $traineeId) { version placements { id kind startDate unit { id } } accessTasks { ${TASK_FIELDS} } } }`;
const UPDATE_PLACEMENT = `mutation ($id: ID!, $planVersion: Int!, $input: PlacementChangeInput!, $reason: String) {
  updatePlacement(id: $id, planVersion: $planVersion, input: $input, reason: $reason) { version } }`;
const DUE = `query ($siteId: ID!, $withinDays: Int!, $page: Int, $perPage: Int) {
  accessTasksDue(siteId: $siteId, withinDays: $withinDays, page: $page, perPage: $perPage) { total items { ${TASK_FIELDS} } } }`;
const COMPLETE = `mutation ($id: ID!, $doneOn: Date!) { completeAccessTask(id: $id, doneOn: $doneOn) { ${TASK_FIELDS} } }`;

interface Task {
  id: string;
  kind: string;
  rule: string;
  unit: { id: string };
  placement: { id: string } | null;
  dueDate: string;
  needed: boolean;
  doneOn: string | null;
  doneBy: { username: string } | null;
  trainee: { id: string };
}
interface Plan {
  version: number;
  placements: { id: string; kind: string; startDate: string; unit: { id: string } }[];
  accessTasks: Task[];
}

/** The demo day: Fredrik Åberg (VT 2027, Växjö) starts in January. */
const TODAY = '2026-11-22';

describe(`access tasks before and during BT (ACC-1, ACC-2, ACC-3) on ${testEngine()}`, () => {
  let graph: TestGraph;
  let traineeId: string;
  let vaxjo: string;

  const plan = async () => (await call<{ trainingPlan: Plan }>(graph, 'studierektor-sluten', PLAN, { traineeId })).trainingPlan;
  const due = async (withinDays: number, page = 1, perPage = 25, username = 'adm-stod') =>
    (await call<{ accessTasksDue: { total: number; items: Task[] } }>(graph, username, DUE, { siteId: vaxjo, withinDays, page, perPage })).accessTasksDue;
  const ask = (username: string, query: string, variables: Record<string, unknown>) => graph.query(query, { token: graph.tokenFor(username), variables });

  beforeAll(async () => {
    graph = await startTestGraph();
    traineeId = graph.data.trainees.find((t) => t.username === 'bt-fredrik.aberg')!.id;
    vaxjo = graph.data.sites.find((s) => s.name === 'Växjö')!.id;
    // the trainee's draft plan, made automatically at employment once education has read employment's feed
    await graph.readModelsCurrent();
  });
  afterAll(() => graph?.stop());

  it('ACC-1, ACC-2, ACC-3: from the plan, record-system and door access per unit and a move before each placement at a new unit', async () => {
    const { placements, accessTasks } = await plan();
    const start = placements[0].startDate;
    const units = [...new Set(placements.map((p) => p.unit.id))].sort();
    const of = (kind: string) => accessTasks.filter((t) => t.kind === kind);
    expect(
      of('RECORD_ACCESS')
        .map((t) => t.unit.id)
        .sort(),
    ).toEqual(units);
    expect(of('RECORD_ACCESS').every((t) => t.dueDate === addDays(start, -7) && t.rule === 'ACC-1')).toBe(true);
    expect(
      of('DOOR_ACCESS')
        .map((t) => t.unit.id)
        .sort(),
    ).toEqual(units);
    expect(of('DOOR_ACCESS').every((t) => t.dueDate === start && t.rule === 'ACC-2')).toBe(true);
    const moves = placements.filter((p, i) => i === 0 || placements[i - 1].unit.id !== p.unit.id);
    expect(of('ADMINISTRATIVE_MOVE').map((t) => [t.placement!.id, t.dueDate])).toEqual(moves.map((p) => [p.id, addDays(p.startDate, -1)]));
    expect(accessTasks.every((t) => t.needed && t.doneOn === null)).toBe(true);
    expect(accessTasks.map((t) => t.dueDate)).toEqual(accessTasks.map((t) => t.dueDate).sort());
  });

  it('ACC-1–ACC-3: what is due in the next weeks, by due day, paged; only for admin support and HR', async () => {
    const { placements, accessTasks } = await plan();
    const withinDays = 60;
    const expected = accessTasks.filter((t) => t.dueDate <= addDays(TODAY, withinDays));
    expect(expected.length).toBeGreaterThan(3);
    // every Växjö trainee employed has a plan (drafted at employment), so the list holds others' tasks too
    const all = await due(withinDays, 1, 500);
    const theirs = (page: { items: Task[] }) => page.items.filter((t) => t.trainee.id === traineeId);
    expect(theirs(all).map((t) => t.dueDate)).toEqual(expected.map((t) => t.dueDate));
    expect(all.total).toBe(all.items.length); // one page holds them all
    expect(all.items.every((t) => t.dueDate <= addDays(TODAY, withinDays))).toBe(true);
    expect(all.items.map((t) => t.dueDate)).toEqual(all.items.map((t) => t.dueDate).sort());
    const [first, second] = [await due(withinDays, 1, 2), await due(withinDays, 2, 2, 'hr-samordnare')];
    expect([...first.items, ...second.items].map((t) => t.id)).toEqual(all.items.slice(0, 4).map((t) => t.id));
    expect(theirs(await due(0, 1, 500))).toHaveLength(accessTasks.filter((t) => t.dueDate <= TODAY).length);
    expect(placements[0].startDate > TODAY).toBe(true);

    expectProblems(await ask('adm-stod', DUE, { siteId: vaxjo, withinDays: 400 }), 'BAD_USER_INPUT', { code: 'ACCESS_WITHIN_DAYS_OUT_OF_RANGE' });
    expectProblems(await ask('studierektor-sluten', DUE, { siteId: vaxjo, withinDays }), 'FORBIDDEN');
    expectProblems(await ask('hhl-vc-teleborg-1', COMPLETE, { id: all.items[0].id, doneOn: TODAY }), 'FORBIDDEN');
  });

  it('ACC-1: admin support ticks a task with date and who; once, and not ahead of today', async () => {
    const { accessTasks } = await plan();
    const task = accessTasks.find((t) => t.kind === 'RECORD_ACCESS')!;
    expectProblems(await ask('adm-stod', COMPLETE, { id: task.id, doneOn: addDays(TODAY, 1) }), 'BAD_USER_INPUT', { code: 'ACCESS_TASK_DONE_IN_FUTURE' });
    const { completeAccessTask } = await call<{ completeAccessTask: Task }>(graph, 'adm-stod', COMPLETE, { id: task.id, doneOn: TODAY });
    expect(completeAccessTask).toMatchObject({ id: task.id, doneOn: TODAY, doneBy: { username: 'adm-stod' }, needed: true });
    expectProblems(await ask('hr-samordnare', COMPLETE, { id: task.id, doneOn: TODAY }), 'BAD_USER_INPUT', { code: 'ACCESS_TASK_ALREADY_DONE', rule: 'ACC-1' });
    expect((await due(60, 1, 500)).items.map((t) => t.id)).not.toContain(task.id);
  });

  it('ACC-1–ACC-3: when the plan changes unit, the new unit gets tasks and the dropped unit keeps its tick as no longer needed', async () => {
    const before = await plan();
    const medicine = before.placements.find((p) => p.kind === 'INTERNAL_MEDICINE')!;
    const oldUnit = medicine.unit.id;
    expect(before.placements.filter((p) => p.unit.id === oldUnit)).toHaveLength(1);
    const ticked = before.accessTasks.find((t) => t.kind === 'RECORD_ACCESS' && t.unit.id === oldUnit)!;
    if (!ticked.doneOn) await call(graph, 'adm-stod', COMPLETE, { id: ticked.id, doneOn: TODAY });
    // EDU-4: acute care may be served at the emergency department
    const newUnit = graph.data.units.find((u) => u.kind === 'EMERGENCY' && u.siteId === vaxjo)!.id;

    await call(graph, 'studierektor-sluten', UPDATE_PLACEMENT, {
      id: medicine.id,
      planVersion: before.version,
      input: { unitId: newUnit },
      reason: 'Internmedicinen görs på akuten i vår',
    });
    const after = await plan();
    const forUnit = (unitId: string) => after.accessTasks.filter((t) => t.unit.id === unitId).map((t) => [t.kind, t.needed, t.doneOn]);
    expect(forUnit(newUnit)).toEqual(
      expect.arrayContaining([
        ['RECORD_ACCESS', true, null],
        ['DOOR_ACCESS', true, null],
        ['ADMINISTRATIVE_MOVE', true, null],
      ]),
    );
    expect(forUnit(oldUnit)).toEqual([['RECORD_ACCESS', false, TODAY]]);
    expect((await due(366, 1, 500)).items.filter((t) => t.trainee.id === traineeId).map((t) => t.unit.id)).not.toContain(oldUnit);
    expectProblems(await ask('adm-stod', COMPLETE, { id: ticked.id, doneOn: TODAY }), 'BAD_USER_INPUT', { code: 'ACCESS_TASK_ALREADY_DONE' });
  });
});

import { addDays, employmentEndDate, luhnCheckDigit } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { call, siteId } from './recruitment-support';

/** The day the test graph stands still on. */
const TODAY = '2027-10-12';

const CREATE_TRAINEE = 'mutation ($input: TraineeEmploymentInput!) { createTrainee(input: $input) { id } }';
const PLAN = `query ($traineeId: ID!) { trainingPlan(traineeId: $traineeId) { version draftedOn
  placements { id kind startDate endDate unit { id } } accessTasks { kind dueDate needed placement { id } } } }`;
const UPDATE_PLACEMENT = `mutation ($id: ID!, $planVersion: Int!, $input: PlacementChangeInput!) {
  updatePlacement(id: $id, planVersion: $planVersion, input: $input) { version } }`;
const DUE = `query ($siteId: ID!, $withinDays: Int!) { accessTasksDue(siteId: $siteId, withinDays: $withinDays, perPage: 500) { items { dueDate kind trainee { id } } } }`;

interface Plan {
  version: number;
  draftedOn: string;
  placements: { id: string; kind: string; startDate: string; endDate: string; unit: { id: string } }[];
  accessTasks: { kind: string; dueDate: string; needed: boolean; placement: { id: string } | null }[];
}

describe(`access tasks of a plan made for a trainee already in BT (ACC-1, ACC-2, ACC-3) on ${testEngine()}`, () => {
  let graph: TestGraph;
  let vaxjo: string;
  let serial = 0;

  const planOf = async (traineeId: string) => (await call<{ trainingPlan: Plan }>(graph, 'studierektor-sluten', PLAN, { traineeId })).trainingPlan;
  const dueToday = async (traineeId: string) =>
    (
      await call<{ accessTasksDue: { items: { dueDate: string; kind: string; trainee: { id: string } }[] } }>(graph, 'adm-stod', DUE, {
        siteId: vaxjo,
        withinDays: 0,
      })
    ).accessTasksDue.items.filter((task) => task.trainee.id === traineeId);
  /** A trainee employed directly at Växjö from `employmentStart`, with the draft made when education applies the employment (today). */
  const employFrom = async (employmentStart: string) => {
    serial += 1;
    const digits = `97010${serial}12${serial}`;
    const { createTrainee } = await call<{ createTrainee: { id: string } }>(graph, 'atbt-chef', CREATE_TRAINEE, {
      input: {
        givenName: 'Redan',
        familyName: `Anställd ${serial}`,
        personalIdentityNumber: `19${digits.slice(0, 6)}-${digits.slice(6)}${luhnCheckDigit(digits)}`,
        siteId: vaxjo,
        cohortId: graph.data.cohorts.find((c) => c.siteId === vaxjo)!.id,
        employmentStart,
        employmentEnd: employmentEndDate(employmentStart),
        employmentForm: 'SEPARATE',
      },
    });
    await graph.readModelsCurrent();
    return createTrainee.id;
  };

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
    vaxjo = siteId(graph, 'Växjö');
  });
  afterAll(() => graph?.stop());

  it('ACC-1, ACC-2, ACC-3: a trainee in BT since the summer gets no overdue tasks: only the moves before the placements still to come', async () => {
    const traineeId = await employFrom('2027-07-01');
    const plan = await planOf(traineeId);
    expect(plan.draftedOn).toBe(TODAY);
    expect(plan.placements[0].startDate < TODAY).toBe(true);
    expect(plan.accessTasks.length).toBeGreaterThan(0);
    expect(plan.accessTasks.every((task) => task.dueDate >= TODAY && task.needed)).toBe(true);
    // record-system and door access were due at the start, before the plan: not needed
    expect(plan.accessTasks.map((task) => task.kind)).toEqual(plan.accessTasks.map(() => 'ADMINISTRATIVE_MOVE'));
    const later = plan.placements.filter((p, i) => p.startDate > TODAY && (i === 0 || plan.placements[i - 1].unit.id !== p.unit.id));
    expect(plan.accessTasks.map((task) => task.placement!.id)).toEqual(later.map((p) => p.id));
    expect(await dueToday(traineeId)).toEqual([]);

    // ACC-3: a later change moving the next placement keeps today's behaviour: its move is due (today) and listed
    const running = plan.placements.find((p) => p.startDate <= TODAY && p.endDate >= TODAY)!;
    const next = plan.placements[plan.placements.indexOf(running) + 1];
    expect(next.unit.id).not.toBe(running.unit.id);
    const shortened = await call<{ updatePlacement: { version: number } }>(graph, 'studierektor-sluten', UPDATE_PLACEMENT, {
      id: running.id,
      planVersion: plan.version,
      input: { endDate: TODAY },
    });
    await call(graph, 'studierektor-sluten', UPDATE_PLACEMENT, {
      id: next.id,
      planVersion: shortened.updatePlacement.version,
      input: { startDate: addDays(TODAY, 1) },
    });
    expect((await planOf(traineeId)).accessTasks.find((task) => task.placement?.id === next.id)).toMatchObject({ dueDate: TODAY, needed: true });
    expect(await dueToday(traineeId)).toEqual([{ dueDate: TODAY, kind: 'ADMINISTRATIVE_MOVE', trainee: { id: traineeId } }]);
  });

  it('ACC-1, ACC-2, ACC-3: a trainee starting later gets every task as before', async () => {
    const start = addDays(TODAY, 60);
    const traineeId = await employFrom(start);
    const { placements, accessTasks, draftedOn } = await planOf(traineeId);
    expect(draftedOn).toBe(TODAY);
    const units = new Set(placements.map((p) => p.unit.id));
    const of = (kind: string) => accessTasks.filter((task) => task.kind === kind);
    expect(of('RECORD_ACCESS')).toHaveLength(units.size);
    expect(of('RECORD_ACCESS').every((task) => task.dueDate === addDays(start, -7))).toBe(true);
    expect(of('DOOR_ACCESS')).toHaveLength(units.size);
    expect(of('ADMINISTRATIVE_MOVE')[0]).toMatchObject({ dueDate: addDays(start, -1), placement: { id: placements[0].id } });
  });
});

import { addDays } from '@bt/domain';
import { ChangeEvent } from '@bt/subgraph';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { call, employAcceptedApplicant, expectProblems } from './recruitment-support';

/** The day the test graph stands still on: during the offers of the VT 2028 round. */
const TODAY = '2027-10-12';

const PLAN_FIELDS = `id version status
  placements { id kind startDate endDate }
  vacations { id startDate endDate }
  checks { code severity }
  changes { version action summary reason changedBy { username } }`;
const PLAN = `query ($traineeId: ID!) { trainingPlan(traineeId: $traineeId) { ${PLAN_FIELDS} } }`;
const UPDATE_PLACEMENT = `mutation ($id: ID!, $planVersion: Int!, $input: PlacementChangeInput!) {
  updatePlacement(id: $id, planVersion: $planVersion, input: $input) { ${PLAN_FIELDS} } }`;
const CONFIRM = `mutation ($traineeId: ID!, $planVersion: Int!) { confirmTrainingPlan(traineeId: $traineeId, planVersion: $planVersion) { ${PLAN_FIELDS} } }`;
const ADD_VACATION = `mutation ($traineeId: ID!, $planVersion: Int!, $input: PlannedVacationInput!, $reason: String) {
  addPlannedVacation(traineeId: $traineeId, planVersion: $planVersion, input: $input, reason: $reason) { ${PLAN_FIELDS} } }`;
const DELETE_VACATION = `mutation ($id: ID!, $planVersion: Int!, $reason: String) {
  deletePlannedVacation(id: $id, planVersion: $planVersion, reason: $reason) { ${PLAN_FIELDS} } }`;
const UPDATE_VACATION = `mutation ($id: ID!, $planVersion: Int!, $startDate: Date, $endDate: Date) {
  updatePlannedVacation(id: $id, planVersion: $planVersion, startDate: $startDate, endDate: $endDate) { ${PLAN_FIELDS} } }`;

interface Plan {
  id: string;
  version: number;
  status: string;
  placements: { id: string; kind: string; startDate: string; endDate: string }[];
  vacations: { id: string; startDate: string; endDate: string }[];
  checks: { code: string; severity: string }[];
  changes: { version: number; action: string; summary: string; reason: string | null; changedBy: { username: string } | null }[];
}

describe(`planned vacation added and removed (ABS-4, EDU-5) on ${testEngine()}`, () => {
  let graph: TestGraph;
  let traineeId: string;

  const plan = async () => (await call<{ trainingPlan: Plan }>(graph, 'studierektor-sluten', PLAN, { traineeId })).trainingPlan;
  const asPlanner = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, username = 'studierektor-sluten') =>
    graph.query<T>(query, { token: graph.tokenFor(username), variables });
  /** Education's change feed: its events of the trainee. */
  const feedPositions = () => graph.databases.education.dataSource.getRepository(ChangeEvent).countBy({ traineeId });

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
    traineeId = await employAcceptedApplicant(graph, TODAY, 'Växjö');
    await graph.readModelsCurrent();
  });
  afterAll(() => graph?.stop());

  it('ABS-4, EDU-5: a week of vacation fills a gap; the plan is checked again, logged with its reason and a draft again', async () => {
    const draft = await plan();
    const surgery = draft.placements.find((p) => p.kind === 'SURGERY')!;
    // a week's gap before surgery, to become vacation
    const gapped = (
      await call<{ updatePlacement: Plan }>(graph, 'studierektor-sluten', UPDATE_PLACEMENT, {
        id: surgery.id,
        planVersion: draft.version,
        input: { startDate: addDays(surgery.startDate, 7) },
      })
    ).updatePlacement;
    expect(gapped.checks.map((c) => c.code)).toEqual(['PLAN_GAP']);
    const week = { startDate: surgery.startDate, endDate: addDays(surgery.startDate, 6) };
    const feedBefore = await feedPositions();

    const added = (
      await call<{ addPlannedVacation: Plan }>(graph, 'studierektor-sluten', ADD_VACATION, {
        traineeId,
        planVersion: gapped.version,
        input: week,
        reason: 'Bröllopsresa',
      })
    ).addPlannedVacation;
    expect(added.version).toBe(gapped.version + 1);
    expect(added.status).toBe('DRAFT');
    expect(added.checks).toEqual([]);
    expect(added.vacations).toHaveLength(2);
    expect(added.vacations).toContainEqual({ id: expect.any(String), ...week });
    expect(added.changes[0]).toEqual({
      version: added.version,
      action: 'ADD_VACATION',
      summary: `Semester ${week.startDate}–${week.endDate} tillagd.`,
      reason: 'Bröllopsresa',
      changedBy: { username: 'studierektor-sluten' },
    });
    // the change feed tells employment of the trainee's new state, as with every plan change
    expect(await feedPositions()).toBe(feedBefore + 1);

    // a plan with the vacation confirms without a reason
    expect(
      (await call<{ confirmTrainingPlan: Plan }>(graph, 'studierektor-sluten', CONFIRM, { traineeId, planVersion: added.version })).confirmTrainingPlan.status,
    ).toBe('CONFIRMED');
  });

  it('ABS-4, EMP-1, EDU-1: refused when ending before the start, outside the employment, on vacation days or on a placement; nothing is written', async () => {
    const current = await plan();
    const [summer] = [...current.vacations].sort((a, b) => (a.endDate > b.endDate ? -1 : 1));
    const add = (input: { startDate: string; endDate: string }) => asPlanner(ADD_VACATION, { traineeId, planVersion: current.version, input });
    const first = current.placements.reduce((a, b) => (a.startDate < b.startDate ? a : b));

    expectProblems(await add({ startDate: '2028-02-10', endDate: '2028-02-03' }), 'BAD_USER_INPUT', {
      code: 'VACATION_ENDS_BEFORE_START',
      rule: 'ABS-4',
      field: 'input.endDate',
    });
    expectProblems(await add({ startDate: addDays(first.startDate, -3), endDate: addDays(first.startDate, 3) }), 'BAD_USER_INPUT', {
      code: 'VACATION_OUTSIDE_EMPLOYMENT',
      rule: 'EMP-1',
      field: 'input.startDate',
    });
    expectProblems(await add({ startDate: addDays(summer.endDate, -2), endDate: addDays(summer.endDate, 4) }), 'BAD_USER_INPUT', {
      code: 'VACATION_OVERLAPS_VACATION',
      rule: 'ABS-4',
      field: 'input.startDate',
      params: { startDate: addDays(summer.endDate, -2), endDate: addDays(summer.endDate, 4), otherStart: summer.startDate, otherEnd: summer.endDate },
    });
    // days of a placement: the plan's own check (a trainee is not on vacation and in service the same day)
    expectProblems(await add({ startDate: addDays(first.startDate, 7), endDate: addDays(first.startDate, 13) }), 'BAD_USER_INPUT', {
      code: 'PLAN_PERIODS_OVERLAP',
      rule: 'EDU-1',
    });
    // moving a vacation onto another is refused the same way, naming the arguments it came in
    const week = current.vacations.find((v) => v.id !== summer.id)!;
    expectProblems(
      await asPlanner(UPDATE_VACATION, { id: week.id, planVersion: current.version, startDate: summer.startDate, endDate: addDays(summer.startDate, 6) }),
      'BAD_USER_INPUT',
      {
        code: 'VACATION_OVERLAPS_VACATION',
        rule: 'ABS-4',
        field: 'startDate',
      },
    );
    expect(await plan()).toEqual(current);
  });

  it('EDU-5: a removal on an older version is a conflict (no lost write); removing vacation leaves a gap the checks show', async () => {
    const current = await plan();
    const week = current.vacations.reduce((a, b) => (a.startDate < b.startDate ? a : b));
    const remove = (planVersion: number) => asPlanner<{ deletePlannedVacation: Plan }>(DELETE_VACATION, { id: week.id, planVersion, reason: 'Resan inställd' });
    expect((await remove(current.version - 1)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await plan()).toEqual(current);
    const removed = (await remove(current.version)).data!.deletePlannedVacation;
    expect(removed.vacations.map((v) => v.id)).not.toContain(week.id);
    expect(removed).toMatchObject({ status: 'DRAFT', version: current.version + 1 });
    expect(removed.checks.map((c) => [c.code, c.severity])).toEqual([['PLAN_GAP', 'NEEDS_REASON']]);
    expect(removed.changes[0]).toMatchObject({
      action: 'DELETE_VACATION',
      summary: `Semester ${week.startDate}–${week.endDate} borttagen.`,
      reason: 'Resan inställd',
    });

    expectProblems(await asPlanner(DELETE_VACATION, { id: week.id, planVersion: removed.version }), 'BAD_USER_INPUT', { code: 'NOT_FOUND', field: 'id' });
  });

  it('EDU-5, ORG-1: whoever may not change plans may not add or remove vacation either', async () => {
    const current = await plan();
    const [vacation] = current.vacations;
    const input = { startDate: '2028-02-07', endDate: '2028-02-11' };
    for (const username of ['hhl-vc-teleborg-1', graph.data.trainees[0].username, 'hr-samordnare', 'adm-stod']) {
      expectProblems(await asPlanner(ADD_VACATION, { traineeId, planVersion: current.version, input }, username), 'FORBIDDEN', { code: 'NOT_PERMITTED' });
      expectProblems(await asPlanner(DELETE_VACATION, { id: vacation.id, planVersion: current.version }, username), 'FORBIDDEN', { code: 'NOT_PERMITTED' });
    }
    expectProblems(await asPlanner(ADD_VACATION, { traineeId, planVersion: current.version, input }, 'bitr-atbt-chef'), 'FORBIDDEN', {
      code: 'SITE_NOT_IN_SCOPE',
      rule: 'ORG-1',
    });
    expect(await plan()).toEqual(current);
  });
});

import { addDays } from '@bt/domain';
import { CheckpointLog } from '@bt/education';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';
import { call } from './recruitment-support';
import { statementsPerRequest } from './sql-statement-count';

const COMPLETION_FIELDS = 'id kind sequence heldOn note placement { id } items { id text } corrects { id } recordedBy { username } trainee { id }';
const CHECKPOINT_FIELDS = `kind placement { id endDate } dueFrom dueBy status checklist { id position } completion { ${COMPLETION_FIELDS} }`;
const PLAN = `query ($traineeId: ID!) { trainingPlan(traineeId: $traineeId) { version placements { id startDate endDate } checkpoints { ${CHECKPOINT_FIELDS} } } }`;
const UPDATE_PLACEMENT = `mutation ($id: ID!, $planVersion: Int!, $input: PlacementChangeInput!, $reason: String) {
  updatePlacement(id: $id, planVersion: $planVersion, input: $input, reason: $reason) { version } }`;
const OVERDUE = `query ($id: ID!) { trainee(id: $id) { overdueCheckpoints { kind placement { id } dueBy status } } }`;
const COMPLETE = `mutation ($input: CheckpointCompletionInput!) { completeCheckpoint(input: $input) { ${COMPLETION_FIELDS} } }`;
const HANDOVER = `mutation ($input: HandoverInput!) { recordHandover(input: $input) {
  id heldOn note fromPlacement { id } toPlacement { id } mainSupervisor { username } outgoingSupervisor { username } incomingSupervisor { username } recordedBy { username } } }`;
const HANDOVERS = `query ($id: ID!) { trainee(id: $id) { handovers { id heldOn note fromPlacement { id } toPlacement { id } mainSupervisor { username } } } }`;

interface Completion {
  id: string;
  kind: string;
  sequence: number;
  heldOn: string;
  note: string | null;
  placement: { id: string } | null;
  items: { id: string; text: string }[];
  corrects: { id: string } | null;
  recordedBy: { username: string };
}
interface Checkpoint {
  kind: string;
  placement: { id: string; endDate: string } | null;
  dueFrom: string;
  dueBy: string;
  status: string;
  checklist: { id: string; position: number }[];
  completion: Completion | null;
}
interface Plan {
  version: number;
  placements: { id: string; startDate: string; endDate: string }[];
  checkpoints: Checkpoint[];
}

/** The demo day: Ida Olsson (VT 2026, Växjö) is in her last placements. */
const TODAY = '2026-11-22';

describe(`the main supervisor's checkpoints A, B, C and handovers (EDU-8) on ${testEngine()}`, () => {
  let graph: TestGraph;
  let traineeId: string;
  let hhl: string;

  const person = (id: string | null) => graph.data.people.find((p) => p.id === id)!;
  const plan = async () => (await call<{ trainingPlan: Plan }>(graph, 'studierektor-sluten', PLAN, { traineeId })).trainingPlan;
  const ask = <T>(username: string, query: string, variables: Record<string, unknown>) => graph.query<T>(query, { token: graph.tokenFor(username), variables });
  const bOf = (checkpoints: Checkpoint[], placementId: string) => checkpoints.find((c) => c.kind === 'B' && c.placement?.id === placementId)!;

  beforeAll(async () => {
    graph = await startTestGraph();
    traineeId = graph.data.trainees.find((t) => t.username === 'bt-ida.olsson')!.id;
    hhl = person(graph.data.mainSupervisions.find((m) => m.traineeId === traineeId)!.supervisorId).username;
    // the trainee's draft plan, made automatically at employment once education has read employment's feed
    await graph.readModelsCurrent();
  });
  afterAll(() => graph?.stop());

  it('EDU-8: A at the start, a B per placement 21–14 days before its end, C four weeks before the plan ends; overdue ones listed', async () => {
    const { placements, checkpoints } = await plan();
    const start = placements[0].startDate;
    const end = placements.at(-1)!.endDate;
    expect(checkpoints.filter((c) => c.kind === 'B')).toHaveLength(placements.length);
    expect(checkpoints.find((c) => c.kind === 'A')).toMatchObject({ dueFrom: start, dueBy: addDays(start, 14), status: 'OVERDUE', completion: null });
    expect(checkpoints.find((c) => c.kind === 'C')).toMatchObject({ dueFrom: addDays(end, -56), dueBy: addDays(end, -28) });
    for (const placement of placements) {
      expect(bOf(checkpoints, placement.id)).toMatchObject({ dueFrom: addDays(placement.endDate, -21), dueBy: addDays(placement.endDate, -14) });
    }
    expect(checkpoints.find((c) => c.kind === 'A')!.checklist.map((item) => item.position)).toEqual([1, 2]);
    expect(checkpoints.map((c) => c.dueBy)).toEqual(checkpoints.map((c) => c.dueBy).sort());

    const { trainee } = await call<{ trainee: { overdueCheckpoints: { kind: string; dueBy: string; status: string }[] } }>(graph, hhl, OVERDUE, {
      id: traineeId,
    });
    const overdue = checkpoints.filter((c) => c.dueBy < TODAY);
    expect(trainee.overdueCheckpoints.map((c) => c.kind)).toEqual(overdue.map((c) => c.kind));
    expect(trainee.overdueCheckpoints.every((c) => c.status === 'OVERDUE')).toBe(true);
  });

  it('EDU-8: moving a placement moves its B and the C with it (derived, not stored)', async () => {
    const before = await plan();
    const last = before.placements.at(-1)!;
    await call(graph, 'studierektor-sluten', UPDATE_PLACEMENT, {
      id: last.id,
      planVersion: before.version,
      input: { endDate: addDays(last.endDate, -14) },
      reason: 'Slutar två veckor tidigare',
    });
    const after = await plan();
    expect(bOf(after.checkpoints, last.id).dueBy).toBe(addDays(bOf(before.checkpoints, last.id).dueBy, -14));
    expect(after.checkpoints.find((c) => c.kind === 'C')!.dueBy).toBe(addDays(before.checkpoints.find((c) => c.kind === 'C')!.dueBy, -14));
  });

  it('EDU-8: the main supervisor records B with ticked items; another supervisor is refused', async () => {
    const { placements, checkpoints } = await plan();
    const placement = placements.find((p) => bOf(checkpoints, p.id).status === 'OVERDUE')!;
    const checklist = bOf(checkpoints, placement.id).checklist;
    const input = { traineeId, kind: 'B', placementId: placement.id, heldOn: TODAY, itemIds: [checklist[0].id, checklist[1].id], note: 'Bedömningar klara.' };

    const otherHhl = graph.data.people.find((p) => p.username.startsWith('hhl-') && p.username !== hhl)!.username;
    expectProblems(await ask(otherHhl, COMPLETE, { input }), 'FORBIDDEN', { code: 'NOT_MAIN_SUPERVISOR', rule: 'EDU-8' });
    expectProblems(await ask('adm-stod', COMPLETE, { input }), 'FORBIDDEN');
    expectProblems(await ask(hhl, COMPLETE, { input: { ...input, heldOn: addDays(TODAY, 1) } }), 'BAD_USER_INPUT', {
      code: 'CHECKPOINT_IN_FUTURE',
      field: 'input.heldOn',
    });
    expectProblems(await ask(hhl, COMPLETE, { input: { ...input, placementId: null } }), 'BAD_USER_INPUT', { code: 'CHECKPOINT_PLACEMENT_REQUIRED' });

    const { completeCheckpoint } = await call<{ completeCheckpoint: Completion }>(graph, hhl, COMPLETE, { input });
    expect(completeCheckpoint).toMatchObject({
      kind: 'B',
      sequence: 1,
      heldOn: TODAY,
      note: 'Bedömningar klara.',
      corrects: null,
      recordedBy: { username: hhl },
    });
    expect(completeCheckpoint.items.map((item) => item.id)).toEqual([checklist[0].id, checklist[1].id]);
    expect(bOf((await plan()).checkpoints, placement.id)).toMatchObject({ status: 'DONE', completion: { id: completeCheckpoint.id } });
    const { trainee } = await call<{ trainee: { overdueCheckpoints: { placement: { id: string } | null }[] } }>(graph, hhl, OVERDUE, { id: traineeId });
    expect(trainee.overdueCheckpoints.some((c) => c.placement?.id === placement.id)).toBe(false);
  });

  it('EDU-8: a recorded checkpoint cannot be changed (the attempt is audited); a correction is a new record naming it', async () => {
    const { checkpoints } = await plan();
    const done = checkpoints.find((c) => c.status === 'DONE')!;
    const input = { traineeId, kind: 'B', placementId: done.placement!.id, heldOn: TODAY, itemIds: done.checklist.map((item) => item.id), note: 'Allt klart.' };

    expectProblems(await ask(hhl, COMPLETE, { input }), 'BAD_USER_INPUT', { code: 'CHECKPOINT_ALREADY_RECORDED', rule: 'EDU-8' });
    const refused = await graph.databases.education.dataSource.getRepository(CheckpointLog).findBy({ traineeId, action: 'REFUSED_CHANGE' });
    expect(refused).toEqual([expect.objectContaining({ refusal: 'CHECKPOINT_ALREADY_RECORDED', recordId: done.completion!.id, actorUsername: hhl })]);

    const { completeCheckpoint: correction } = await call<{ completeCheckpoint: Completion }>(graph, 'studierektor-sluten', COMPLETE, {
      input: { ...input, corrects: done.completion!.id },
    });
    expect(correction).toMatchObject({
      sequence: 2,
      corrects: { id: done.completion!.id },
      note: 'Allt klart.',
      recordedBy: { username: 'studierektor-sluten' },
    });
    expect(correction.items).toHaveLength(done.checklist.length);
    expect(bOf((await plan()).checkpoints, done.placement!.id).completion!.id).toBe(correction.id);
    // the first record is still there as it was, and correcting it again is refused: the correction is the current one
    expectProblems(await ask(hhl, COMPLETE, { input: { ...input, corrects: done.completion!.id } }), 'BAD_USER_INPUT', { code: 'CHECKPOINT_CORRECTION_STALE' });
    expect(await graph.databases.education.dataSource.getRepository(CheckpointLog).countBy({ traineeId, action: 'REFUSED_CHANGE' })).toBe(2);
  });

  it('EDU-8: a handover between two placements with the main supervisor and both clinical supervisors, listed per trainee', async () => {
    const { placements } = await plan();
    const [from, to] = placements.slice(-2);
    const input = {
      fromPlacementId: from.id,
      toPlacementId: to.id,
      heldOn: addDays(to.startDate, -3) < TODAY ? addDays(to.startDate, -3) : TODAY,
      note: 'Överlämning.',
    };

    expectProblems(await ask(hhl, HANDOVER, { input: { ...input, fromPlacementId: to.id, toPlacementId: from.id } }), 'BAD_USER_INPUT', {
      code: 'HANDOVER_PLACEMENTS_NOT_CONSECUTIVE',
    });
    const { recordHandover } = await call<{
      recordHandover: {
        id: string;
        mainSupervisor: { username: string };
        outgoingSupervisor: { username: string } | null;
        incomingSupervisor: { username: string } | null;
      };
    }>(graph, hhl, HANDOVER, { input });
    const placementRow = (id: string) => graph.data.placements.find((p) => p.id === id)!;
    expect(recordHandover).toMatchObject({
      mainSupervisor: { username: hhl },
      outgoingSupervisor: { username: person(placementRow(from.id).clinicalSupervisorId).username },
      incomingSupervisor: { username: person(placementRow(to.id).clinicalSupervisorId).username },
    });
    const { trainee } = await call<{ trainee: { handovers: { id: string; note: string; fromPlacement: { id: string } }[] } }>(
      graph,
      'studierektor-sluten',
      HANDOVERS,
      {
        id: traineeId,
      },
    );
    expect(trainee.handovers).toEqual([expect.objectContaining({ id: recordHandover.id, note: 'Överlämning.', fromPlacement: { id: from.id } })]);
  });

  it('EDU-8: overdue checkpoints and handovers of a list of trainees in a flat number of statements', async () => {
    const list = (perPage: number) =>
      statementsPerRequest(
        graph,
        `{ traineePage(perPage: ${perPage}) { items { id overdueCheckpoints { kind dueBy placement { id } } handovers { id } } } }`,
        (data: { traineePage: { items: { overdueCheckpoints: unknown[] }[] } }) =>
          data.traineePage.items.reduce((sum, trainee) => sum + trainee.overdueCheckpoints.length, 0),
        'studierektor-sluten',
      );
    const [few, many] = [await list(2), await list(18)];
    expect(many.rows).toBeGreaterThan(few.rows);
    expect(many.statements).toBe(few.statements);
  });
});

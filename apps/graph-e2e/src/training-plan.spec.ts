import { addDays } from '@bt/domain';
import { Placement } from '@bt/education';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { statementsPerRequest } from './sql-statement-count';
import { call, employAcceptedApplicant, expectProblems, siteId } from './recruitment-support';

/** The day the test graph stands still on: during the offers of the VT 2028 round. */
const TODAY = '2027-10-12';

const PLAN_FIELDS = `id version status deviationReason confirmedAt confirmedBy { username }
  placements { id kind startDate endDate unit { id } }
  vacations { id startDate endDate }
  checks { code severity rule message params { name value } }
  changes { version action summary reason changedBy { username } }`;
const PLAN = `query ($traineeId: ID!) { trainingPlan(traineeId: $traineeId) { ${PLAN_FIELDS} } }`;
const CREATE_DRAFT = `mutation ($traineeId: ID!) { createDraftTrainingPlan(traineeId: $traineeId) { ${PLAN_FIELDS} } }`;
const CREATE_PLACEMENT = `mutation ($traineeId: ID!, $planVersion: Int!, $input: PlacementInput!, $reason: String) {
  createPlacement(traineeId: $traineeId, planVersion: $planVersion, input: $input, reason: $reason) { ${PLAN_FIELDS} } }`;
const UPDATE_PLACEMENT = `mutation ($id: ID!, $planVersion: Int!, $input: PlacementChangeInput!, $reason: String) {
  updatePlacement(id: $id, planVersion: $planVersion, input: $input, reason: $reason) { ${PLAN_FIELDS} } }`;
const SPLIT_PLACEMENT = `mutation ($id: ID!, $planVersion: Int!, $at: Date!) { splitPlacement(id: $id, planVersion: $planVersion, at: $at) { ${PLAN_FIELDS} } }`;
const DELETE_PLACEMENT = `mutation ($id: ID!, $planVersion: Int!, $reason: String) { deletePlacement(id: $id, planVersion: $planVersion, reason: $reason) { ${PLAN_FIELDS} } }`;
const CONFIRM = `mutation ($traineeId: ID!, $planVersion: Int!, $reason: String) {
  confirmTrainingPlan(traineeId: $traineeId, planVersion: $planVersion, reason: $reason) { ${PLAN_FIELDS} } }`;
const UPDATE_VACATION = `mutation ($id: ID!, $planVersion: Int!, $startDate: Date, $endDate: Date) {
  updatePlannedVacation(id: $id, planVersion: $planVersion, startDate: $startDate, endDate: $endDate) { ${PLAN_FIELDS} } }`;
const STARTING_SOON = 'query ($days: Int!) { traineePage(page: 1, perPage: 500, filter: { placementStartingWithinDays: $days }) { items { id } } }';

interface PlanPlacement {
  id: string;
  kind: string;
  startDate: string;
  endDate: string;
  unit: { id: string };
}
interface Plan {
  id: string;
  version: number;
  status: string;
  deviationReason: string | null;
  confirmedAt: string | null;
  confirmedBy: { username: string } | null;
  placements: PlanPlacement[];
  vacations: { id: string; startDate: string; endDate: string }[];
  checks: { code: string; severity: string; rule: string | null; message: string; params: { name: string; value: string }[] }[];
  changes: { version: number; action: string; summary: string; reason: string | null; changedBy: { username: string } | null }[];
}

describe(`training plans (EDU-1, EDU-2, EDU-5, ABS-4) on ${testEngine()}`, () => {
  let graph: TestGraph;
  let traineeId: string;
  let employmentStart: string;
  let employmentEnd: string;

  const plan = async () => (await call<{ trainingPlan: Plan }>(graph, 'studierektor-sluten', PLAN, { traineeId })).trainingPlan;
  const asPlanner = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, username = 'studierektor-sluten') =>
    graph.query<T>(query, { token: graph.tokenFor(username), variables });

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
    // an accepted applicant becomes a trainee (recruitment → employment), who gets a draft plan when education applies the employment
    traineeId = await employAcceptedApplicant(graph, TODAY, 'Växjö');
    const trainee = await call<{ trainee: { employmentStart: string; employmentEnd: string } }>(
      graph,
      'atbt-chef',
      'query ($id: ID!) { trainee(id: $id) { employmentStart employmentEnd } }',
      { id: traineeId },
    );
    ({ employmentStart, employmentEnd } = trainee.trainee);
  });
  afterAll(() => graph?.stop());

  it('EDU-1, EDU-2, ABS-4, EDU-5: a new trainee gets a draft from the template of the main site when employed, passing every check', async () => {
    // education has not applied employment's change yet (the test graph does not poll)
    expect(await plan()).toBeNull();
    expect(await graph.databases.education.dataSource.getRepository(Placement).countBy({ traineeId })).toBe(0);

    await graph.readModelsCurrent();
    const draft = await plan();
    expect(draft.placements.map((p) => p.kind)).toEqual(['INTRODUCTION', 'INTERNAL_MEDICINE', 'SURGERY', 'PSYCHIATRY', 'PSYCHIATRY', 'PRIMARY_CARE']);
    expect(draft.placements[0].startDate).toBe(employmentStart);
    expect(draft.placements.at(-1)!.endDate).toBe(employmentEnd);
    expect(draft.vacations).toHaveLength(1);
    expect(draft.vacations[0].endDate).toBe(addDays(draft.vacations[0].startDate, 27));
    expect(draft.checks).toEqual([]);
    expect(draft).toMatchObject({
      version: 1,
      status: 'DRAFT',
      changes: [
        {
          version: 1,
          action: 'CREATE_DRAFT',
          changedBy: null,
          summary: 'Utkast ur regionens mall: 6 placeringar och semester. Gjort automatiskt när BT-läkaren anställdes.',
        },
      ],
    });

    // EDU-2: inpatient care at Växjö's units, primary care at a vårdcentral in the east, psychiatry in Växjö
    const unitOf = (id: string) => graph.data.units.find((unit) => unit.id === id)!;
    const vaxjo = siteId(graph, 'Växjö');
    for (const placement of draft.placements) expect(unitOf(placement.unit.id).siteId).toBe(vaxjo);
    expect(unitOf(draft.placements.at(-1)!.unit.id)).toMatchObject({ kind: 'PRIMARY_CARE', regionPart: 'EAST' });

    expectProblems(await asPlanner(CREATE_DRAFT, { traineeId }), 'BAD_USER_INPUT', { code: 'TRAINING_PLAN_EXISTS', rule: 'EDU-5' });
  });

  it('EDU-1: a plan breaking the 3 months of acute care is flagged and cannot be confirmed, not even with a reason', async () => {
    let current = await plan();
    const surgery = current.placements.find((p) => p.kind === 'SURGERY')!;
    const psychiatryUnit = current.placements.find((p) => p.kind === 'PSYCHIATRY')!.unit.id;
    const changed = await asPlanner<{ updatePlacement: Plan }>(UPDATE_PLACEMENT, {
      id: surgery.id,
      planVersion: current.version,
      input: { kind: 'PSYCHIATRY', unitId: psychiatryUnit },
      reason: 'Kirurgin har inga platser i vår',
    });
    current = changed.data!.updatePlacement;
    expect(current.version).toBe(2);
    expect(current.checks).toEqual([
      expect.objectContaining({
        code: 'PLAN_ACUTE_CARE_TOO_SHORT',
        severity: 'BLOCKS_CONFIRMATION',
        rule: 'EDU-1',
        params: expect.arrayContaining([{ name: 'minimum', value: '3' }]),
      }),
    ]);
    expect(current.changes[0]).toMatchObject({
      action: 'UPDATE_PLACEMENT',
      reason: 'Kirurgin har inga platser i vår',
      summary: expect.stringMatching(/^Placering Kirurgi .* ändrad till Psykiatri /),
    });

    expectProblems(await asPlanner(CONFIRM, { traineeId, planVersion: current.version, reason: 'Skäl' }), 'BAD_USER_INPUT', {
      code: 'PLAN_ACUTE_CARE_TOO_SHORT',
      rule: 'EDU-1',
    });

    // back to surgery: the plan passes again
    const back = await asPlanner<{ updatePlacement: Plan }>(UPDATE_PLACEMENT, {
      id: surgery.id,
      planVersion: current.version,
      input: { kind: 'SURGERY', unitId: surgery.unit.id },
    });
    expect(back.data!.updatePlacement.checks).toEqual([]);
  });

  it('EDU-1: an overlap is refused and changes nothing; a stale version is a conflict', async () => {
    const current = await plan();
    const [introduction, medicine] = current.placements;
    const overlap = await asPlanner(UPDATE_PLACEMENT, {
      id: introduction.id,
      planVersion: current.version,
      input: { endDate: addDays(medicine.startDate, 5) },
    });
    expectProblems(overlap, 'BAD_USER_INPUT', { code: 'PLAN_PERIODS_OVERLAP', rule: 'EDU-1' });
    const outside = await asPlanner(CREATE_PLACEMENT, {
      traineeId,
      planVersion: current.version,
      input: { kind: 'PRIMARY_CARE', unitId: introduction.unit.id, startDate: addDays(employmentEnd, 1), endDate: addDays(employmentEnd, 30) },
    });
    expectProblems(outside, 'BAD_USER_INPUT', { code: 'PLAN_PERIOD_OUTSIDE_EMPLOYMENT', rule: 'EMP-1' });

    // EDU-2: the unit must fit the kind; another part of the region than the template's needs a reason
    const unitId = (slugName: string) => graph.data.units.find((unit) => unit.name === slugName)!.id;
    const atUnit = (unit: string, reason?: string) =>
      asPlanner(UPDATE_PLACEMENT, { id: medicine.id, planVersion: current.version, input: { kind: 'PRIMARY_CARE', unitId: unitId(unit) }, reason });
    expectProblems(await atUnit('Vuxenpsykiatrin Växjö'), 'BAD_USER_INPUT', { code: 'PLACEMENT_UNIT_KIND_MISMATCH', rule: 'EDU-2', field: 'input.unitId' });
    expectProblems(await atUnit('Vårdcentralen Markaryd'), 'BAD_USER_INPUT', { code: 'PLACEMENT_DEVIATION_REASON_MISSING', rule: 'EDU-2', field: 'reason' });
    expectProblems(await asPlanner(UPDATE_PLACEMENT, { id: medicine.id, planVersion: current.version, input: { unitId: 'no-such-unit' } }), 'BAD_USER_INPUT', {
      code: 'NOT_FOUND',
      field: 'input.unitId',
    });
    expect(await plan()).toEqual(current);

    expectProblems(await asPlanner(DELETE_PLACEMENT, { id: introduction.id, planVersion: current.version - 1 }), 'CONFLICT', { code: 'STALE_VERSION' });
  });

  it('EDU-5: split, move and delete placements; a gap needs a reason to confirm, and the reason is recorded', async () => {
    let current = await plan();
    const primaryCare = current.placements.at(-1)!;
    const at = addDays(primaryCare.startDate, 30);
    current = (await asPlanner<{ splitPlacement: Plan }>(SPLIT_PLACEMENT, { id: primaryCare.id, planVersion: current.version, at })).data!.splitPlacement;
    const [first, second] = current.placements.slice(-2);
    expect([first.kind, first.startDate, first.endDate, second.kind, second.startDate, second.endDate]).toEqual([
      'PRIMARY_CARE',
      primaryCare.startDate,
      addDays(at, -1),
      'PRIMARY_CARE',
      at,
      primaryCare.endDate,
    ]);
    expect(second.unit).toEqual(primaryCare.unit);
    expectProblems(await asPlanner(SPLIT_PLACEMENT, { id: second.id, planVersion: current.version, at: second.startDate }), 'BAD_USER_INPUT', {
      code: 'SPLIT_DATE_OUTSIDE_PLACEMENT',
      field: 'at',
    });

    // shorten the first part by a week: a gap, allowed and flagged
    current = (
      await asPlanner<{ updatePlacement: Plan }>(UPDATE_PLACEMENT, { id: first.id, planVersion: current.version, input: { endDate: addDays(at, -8) } })
    ).data!.updatePlacement;
    expect(current.checks.map((c) => [c.code, c.severity])).toEqual([['PLAN_GAP', 'NEEDS_REASON']]);

    // delete the second part and move the first to fill to the end: the gap is gone
    current = (await asPlanner<{ deletePlacement: Plan }>(DELETE_PLACEMENT, { id: second.id, planVersion: current.version, reason: 'Samlad primärvård' })).data!
      .deletePlacement;
    expect(current.placements.map((p) => p.id)).not.toContain(second.id);
    expect(current.checks.map((c) => [c.code, c.severity])).toEqual([
      ['PLAN_NOT_COVERING_EMPLOYMENT', 'NEEDS_REASON'],
      ['PLAN_PRIMARY_CARE_TOO_SHORT', 'BLOCKS_CONFIRMATION'],
    ]);
    current = (
      await asPlanner<{ updatePlacement: Plan }>(UPDATE_PLACEMENT, {
        id: first.id,
        planVersion: current.version,
        input: { endDate: addDays(employmentEnd, -7) },
      })
    ).data!.updatePlacement;

    expectProblems(await asPlanner(CONFIRM, { traineeId, planVersion: current.version }), 'BAD_USER_INPUT', {
      code: 'PLAN_DEVIATION_REASON_MISSING',
      rule: 'EDU-2',
      field: 'reason',
    });
    const confirmed = (
      await asPlanner<{ confirmTrainingPlan: Plan }>(CONFIRM, { traineeId, planVersion: current.version, reason: 'Sista veckan är kompledighet' })
    ).data!.confirmTrainingPlan;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', deviationReason: 'Sista veckan är kompledighet', confirmedBy: { username: 'studierektor-sluten' } });
    expect(confirmed.changes.map((c) => c.action)).toEqual([
      'CONFIRM',
      'UPDATE_PLACEMENT',
      'DELETE_PLACEMENT',
      'UPDATE_PLACEMENT',
      'SPLIT_PLACEMENT',
      'UPDATE_PLACEMENT',
      'UPDATE_PLACEMENT',
      'CREATE_DRAFT',
    ]);

    // a change after confirmation makes the plan a draft again
    const again = (
      await asPlanner<{ updatePlacement: Plan }>(
        UPDATE_PLACEMENT,
        { id: first.id, planVersion: confirmed.version, input: { endDate: employmentEnd } },
        'atbt-chef',
      )
    ).data!.updatePlacement;
    expect(again).toMatchObject({ status: 'DRAFT', checks: [], confirmedAt: null });
  });

  it('ABS-4: planned vacation moves under the same checks; of two changes of one version, one is a conflict', async () => {
    const current = await plan();
    const [vacation] = current.vacations;
    const overlap = await asPlanner(UPDATE_VACATION, {
      id: vacation.id,
      planVersion: current.version,
      startDate: addDays(vacation.startDate, 7),
      endDate: addDays(vacation.endDate, 7),
    });
    expectProblems(overlap, 'BAD_USER_INPUT', { code: 'PLAN_PERIODS_OVERLAP', rule: 'EDU-1' });

    const shorten = (endDate: string) =>
      asPlanner<{ updatePlannedVacation: Plan }>(UPDATE_VACATION, { id: vacation.id, planVersion: current.version, endDate });
    const [first, second] = await Promise.all([shorten(addDays(vacation.endDate, -7)), shorten(addDays(vacation.endDate, -7))]);
    const answers = [first, second].map((answer) => (answer.errors ? answer.errors[0].extensions?.code : 'OK')).sort();
    expect(answers).toEqual(['CONFLICT', 'OK']);
    const shortened = (first.data ?? second.data)!.updatePlannedVacation;
    expect(shortened.vacations[0]).toEqual({ ...vacation, endDate: addDays(vacation.endDate, -7) });
    expect(shortened.checks.map((c) => [c.code, c.severity, c.rule])).toEqual([
      ['PLAN_GAP', 'NEEDS_REASON', 'EDU-1'],
      ['PLAN_SUMMER_VACATION_MISSING', 'NEEDS_REASON', 'ABS-4'],
    ]);
    expect(shortened.changes[0]).toMatchObject({
      action: 'UPDATE_VACATION',
      summary: `Semester ${vacation.startDate}–${vacation.endDate} flyttad till ${vacation.startDate}–${addDays(vacation.endDate, -7)}.`,
    });
    const restored = await asPlanner<{ updatePlannedVacation: Plan }>(UPDATE_VACATION, {
      id: vacation.id,
      planVersion: shortened.version,
      endDate: vacation.endDate,
    });
    expect(restored.data!.updatePlannedVacation.checks).toEqual([]);
  });

  it("employment's read model follows: the trainee list's placements starting soon sees a new placement after catching up", async () => {
    const soon = async () =>
      (await call<{ traineePage: { items: { id: string }[] } }>(graph, 'atbt-chef', STARTING_SOON, { days: 30 })).traineePage.items.map((t) => t.id);
    // the new trainee starts in January; a trainee in service, whose plan was drafted of the placements they have, gets one within days
    const seeded = graph.data.trainees.find((t) => t.employmentStart <= TODAY && t.employmentEnd >= addDays(TODAY, 30))!;
    expect(await soon()).not.toContain(seeded.id);
    const draft = (await call<{ trainingPlan: Plan }>(graph, 'atbt-chef', PLAN, { traineeId: seeded.id })).trainingPlan;
    expect(draft.changes[0].summary).toMatch(/^Utkast av befintliga \d+ placeringar\. Gjort automatiskt när BT-läkaren anställdes\.$/);
    const running = draft.placements.find((p) => p.startDate <= TODAY && p.endDate >= addDays(TODAY, 20))!;
    await call(graph, 'atbt-chef', SPLIT_PLACEMENT, { id: running.id, planVersion: draft.version, at: addDays(TODAY, 10) });
    expect(await soon()).not.toContain(seeded.id);
    await graph.readModelsCurrent();
    expect(await soon()).toContain(seeded.id);
  });

  it('ORG-1, EDU-5: a supervisor, the trainee, HR and admin support cannot change plans; the deputy director only for their own site', async () => {
    const current = await plan();
    const traineeUsername = graph.data.trainees[0].username;
    for (const username of ['hhl-vc-teleborg-1', 'handledare-med-vxo-1', traineeUsername, 'hr-samordnare', 'adm-stod']) {
      expectProblems(await asPlanner(DELETE_PLACEMENT, { id: current.placements[0].id, planVersion: current.version }, username), 'FORBIDDEN', {
        code: 'NOT_PERMITTED',
      });
      expectProblems(await asPlanner(CREATE_DRAFT, { traineeId }, username), 'FORBIDDEN', { code: 'NOT_PERMITTED' });
    }
    // the deputy director is for Ljungby; this trainee is in Växjö
    expectProblems(await asPlanner(DELETE_PLACEMENT, { id: current.placements[0].id, planVersion: current.version }, 'bitr-atbt-chef'), 'FORBIDDEN', {
      code: 'SITE_NOT_IN_SCOPE',
      rule: 'ORG-1',
    });
    expect(await plan()).toEqual(current);

    // the deputy director plans for Ljungby's trainees (one whose employment ended before plans were drafted at employment has none)
    const ljungby = graph.data.trainees.find((t) => t.siteId === siteId(graph, 'Ljungby') && t.employmentEnd < TODAY)!;
    const deputyDraft = await asPlanner<{ createDraftTrainingPlan: Plan }>(CREATE_DRAFT, { traineeId: ljungby.id }, 'bitr-atbt-chef');
    expect(deputyDraft.data!.createDraftTrainingPlan.changes[0]).toMatchObject({
      changedBy: { username: 'bitr-atbt-chef' },
      summary: expect.stringMatching(/^Utkast av befintliga \d+ placeringar\.$/),
    });
  });

  it("EDU-5: the plan is on employment's Trainee; a trainee sees only her own", async () => {
    const { trainee } = await call<{ trainee: { trainingPlan: { id: string; status: string } } }>(
      graph,
      'studierektor-sluten',
      'query ($id: ID!) { trainee(id: $id) { trainingPlan { id status } } }',
      { id: traineeId },
    );
    expect(trainee.trainingPlan).toEqual({ id: (await plan()).id, status: 'DRAFT' });
    const other = graph.data.trainees[0];
    expectProblems(await asPlanner(PLAN, { traineeId }, other.username), 'FORBIDDEN', { code: 'TRAINEE_NOT_IN_SCOPE' });
    const own = await asPlanner<{ trainingPlan: Plan | null }>(PLAN, { traineeId: other.id }, other.username);
    expect(own.errors).toBeUndefined();
  });

  it('reads in flat statement counts: a plan with all its parts, and every trainee with their plan', async () => {
    const one = await statementsPerRequest(
      graph,
      `{ trainingPlan(traineeId: "${traineeId}") { ${PLAN_FIELDS} } }`,
      (data: { trainingPlan: Plan }) => data.trainingPlan.placements.length,
    );
    const all = await statementsPerRequest(
      graph,
      '{ trainees { id trainingPlan { id status version placements { id } } } }',
      (data: { trainees: unknown[] }) => data.trainees.length,
    );
    // measured: 9 statements for one plan with its placements, vacations, change log and checks; 3 for all trainees with their plans
    expect(all.rows).toBeGreaterThan(18);
    expect(one.statements).toBeLessThanOrEqual(10);
    expect(all.statements).toBeLessThanOrEqual(5);
  });
});

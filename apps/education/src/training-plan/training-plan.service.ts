import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { assertPermissionReachesSite, Permission } from '@bt/auth';
import { isUniqueViolation } from '@bt/database';
import {
  confirmationProblems,
  missingReferences,
  placementUnitProblems,
  planReasonProblems,
  plannedVacationProblems,
  problem,
  splitProblems,
  trainingPlanFindings,
  addDays,
  PlacementKind,
  PlanCheckSeverity,
  PLACEMENT_KIND_NAMES,
  TrainingPlanAction,
  TrainingPlanStatus,
  type PlanFinding,
  type PlanPeriod,
  type Problem,
} from '@bt/domain';
import {
  assertTraineeVisible,
  badUserInput,
  employmentPeriodOf,
  updateVersioned,
  type Actor,
  type ChangeFeedConsumer,
  type EmploymentChange,
  type GatewayClient,
  type TraineeEmploymentPeriod,
} from '@bt/subgraph';
import { TrainingPlan } from './training-plan.entity';
import { PlannedVacation } from './planned-vacation.entity';
import { TrainingPlanChange } from './training-plan-change.entity';
import { draftTrainingPlans, planChangeRow } from './draft-training-plans';
import { readTrainee } from '../employment-read-model/read-trainees';
import { Placement } from '../placement/placement.entity';
import { recordTraineeEducationChanges } from '../change-feed/trainee-education-changes';
import { syncAccessTasks } from '../access/access-task.service';
import type { EducationContext } from '../education.context';

/** What planning needs of its caller: who and which day, the database, employment's units through the gateway, and the read model of employment's trainees. */
export interface Planner extends Actor {
  dataSource: DataSource;
  gateway: GatewayClient;
  employmentReadModel: ChangeFeedConsumer<EmploymentChange>;
}

/** A placement as a plan's change sets it. */
export interface PlacementDraft {
  kind: PlacementKind;
  unitId: string;
  startDate: string;
  endDate: string;
}

interface PlanChange {
  action: TrainingPlanAction;
  placementId: string | null;
  summary: string;
}

const describe = ({ kind, startDate, endDate }: { kind: PlacementKind; startDate: string; endDate: string }) =>
  `${PLACEMENT_KIND_NAMES[kind]} ${startDate}–${endDate}`;

const withoutSeverity = ({ severity: _severity, ...rest }: PlanFinding): Problem => rest;

/**
 * EMP-1, EDU-2: the trainee's BT period (for an integrated BT: its BT part) and main site, from the read
 * model of employment's trainees; a trainee not there yet (employed a moment ago) after one catch-up
 * with employment's feed; NOT_FOUND without the trainee.
 */
async function employmentOf(planner: Planner, traineeId: string): Promise<TraineeEmploymentPeriod> {
  const trainee = await readTrainee(planner, traineeId);
  if (!trainee) throw badUserInput(missingReferences([['BT-läkaren', 'traineeId', traineeId, trainee]]));
  return employmentPeriodOf(trainee);
}

/** ORG-1: the planner's PLAN_TRAINING must reach the trainee's main site (the deputy director: their own). */
async function authorisedEmployment(planner: Planner, traineeId: string): Promise<TraineeEmploymentPeriod> {
  const period = await employmentOf(planner, traineeId);
  assertPermissionReachesSite(planner.viewer, Permission.PLAN_TRAINING, period.siteId);
  return period;
}

/** The plan's periods: the placements and the planned vacation. */
async function planPeriods(manager: EntityManager, traineeId: string): Promise<PlanPeriod[]> {
  const [placements, vacations] = await Promise.all([manager.findBy(Placement, { traineeId }), manager.findBy(PlannedVacation, { traineeId })]);
  return [
    ...placements.map(({ kind, startDate, endDate }) => ({ kind, startDate, endDate })),
    ...vacations.map(({ startDate, endDate }) => ({ kind: 'VACATION' as const, startDate, endDate })),
  ];
}

async function findings(manager: EntityManager, traineeId: string, period: TraineeEmploymentPeriod): Promise<PlanFinding[]> {
  return trainingPlanFindings(await planPeriods(manager, traineeId), period.employmentStart, period.employmentEnd);
}

const findingKey = (finding: PlanFinding) => `${finding.code}${JSON.stringify(finding.params ?? {})}`;

async function logChange(manager: EntityManager, planner: Planner, traineeId: string, version: number, change: PlanChange, reason: string | null | undefined) {
  await manager.insert(TrainingPlanChange, planChangeRow(traineeId, version, change, reason, planner.viewer.id));
}

function refuseInvalidReason(reason: string | null | undefined): void {
  const problems = planReasonProblems(reason);
  if (problems.length > 0) throw badUserInput(problems);
}

function planMissing(traineeId: string): Problem {
  return problem('TRAINING_PLAN_MISSING', 'BT-läkaren har ingen utbildningsplan än. Skapa ett utkast ur mallen först.', {
    rule: 'EDU-5',
    field: 'traineeId',
    params: { traineeId },
  });
}

/**
 * One change of a trainee's plan, in one transaction: the plan's version must still be `planVersion`
 * (else CONFLICT), the plan becomes a draft again, `apply` writes the placements, and a finding every
 * change refuses (overlap, outside the employment) that the change brought about rolls it all back.
 * The change is logged with its reason, the access tasks follow the placements (ACC-1–ACC-3), and the
 * change feed gets the trainee's new state.
 */
async function changePlan(
  planner: Planner,
  traineeId: string,
  planVersion: number,
  reason: string | null | undefined,
  apply: (manager: EntityManager, period: TraineeEmploymentPeriod) => Promise<PlanChange>,
  /** What is checked with other subgraphs before the transaction (never an HTTP call while it holds the plan's row). */
  precheck: (period: TraineeEmploymentPeriod) => Promise<void> = async () => {},
): Promise<TrainingPlan> {
  const period = await authorisedEmployment(planner, traineeId);
  refuseInvalidReason(reason);
  await precheck(period);
  return planner.dataSource.transaction(async (manager) => {
    const plan = await manager.findOneBy(TrainingPlan, { traineeId });
    if (!plan) throw badUserInput([planMissing(traineeId)]);
    const before = new Set((await findings(manager, traineeId, period)).map(findingKey));
    const version = await updateVersioned(
      manager,
      TrainingPlan,
      { id: plan.id, version: planVersion, what: 'utbildningsplanen' },
      { status: TrainingPlanStatus.DRAFT, confirmedAt: null, confirmedById: null, deviationReason: null },
    );
    const change = await apply(manager, period);
    const refused = (await findings(manager, traineeId, period)).filter((f) => f.severity === PlanCheckSeverity.REFUSE && !before.has(findingKey(f)));
    if (refused.length > 0) throw badUserInput(refused.map(withoutSeverity));
    await logChange(manager, planner, traineeId, version, change, reason);
    await syncAccessTasks(manager, [period]);
    await recordTraineeEducationChanges(manager, [traineeId]);
    return manager.findOneByOrFail(TrainingPlan, { id: plan.id });
  });
}

/** The row `id` of `entity` (a placement or planned vacation), or NOT_FOUND naming it as `label`. */
async function rowOrRefuse<T extends Placement | PlannedVacation>(
  source: DataSource | EntityManager,
  entity: new () => T,
  id: string,
  label: string,
): Promise<T> {
  const row = await source.getRepository(entity).findOneBy({ id } as never);
  if (!row) throw badUserInput(missingReferences([[label, 'id', id, row]]));
  return row;
}

const placementOrRefuse = (source: DataSource | EntityManager, id: string) => rowOrRefuse(source, Placement, id, 'Placeringen');

/** The changes that were given (an omitted or null field keeps its value). */
const given = <T extends object>(changes: T): Partial<T> => Object.fromEntries(Object.entries(changes).filter(([, value]) => value != null)) as Partial<T>;

/** EDU-2: the placement's unit exists, is of its kind, and is the template's or has a reason (one unit, through the gateway). */
async function refuseUnsuitableUnit(planner: Planner, period: TraineeEmploymentPeriod, kind: PlacementKind, unitId: string, reason: string | null | undefined) {
  const unit = await planner.gateway.unit(unitId);
  const problems = unit ? placementUnitProblems(kind, unit, period.siteCode, reason) : missingReferences([['Enheten', 'input.unitId', unitId, unit]]);
  if (problems.length > 0) throw badUserInput(problems);
}

/** EDU-5: the trainee's plan, when the caller may see the trainee; null before a draft is made. */
export async function trainingPlanOf(ctx: EducationContext, traineeId: string): Promise<TrainingPlan | null> {
  await assertTraineeVisible(ctx, traineeId, 'Du får inte se den här BT-läkarens utbildningsplan.');
  return ctx.dataSource.getRepository(TrainingPlan).findOneBy({ traineeId });
}

/** EDU-1, ABS-1, EMP-1: the checks of the plan as it is now, against the trainee's employment. */
export async function trainingPlanChecks(planner: Planner, traineeId: string): Promise<PlanFinding[]> {
  return findings(planner.dataSource.manager, traineeId, await employmentOf(planner, traineeId));
}

function planExists(): Problem {
  return problem('TRAINING_PLAN_EXISTS', 'BT-läkaren har redan en utbildningsplan. Ändra den i stället för att skapa en ny.', {
    rule: 'EDU-5',
    field: 'traineeId',
  });
}

/**
 * EDU-1, EDU-2, ABS-4, EDU-5: the trainee's draft plan (draftTrainingPlans), made by the planner today.
 * Refused when the trainee has a plan (also one made at the same moment: by another planner, or
 * automatically when education applied the employment; the plan's unique key decides), or the site
 * has no template.
 */
export async function createDraftTrainingPlan(planner: Planner, traineeId: string): Promise<TrainingPlan> {
  const period = await authorisedEmployment(planner, traineeId);
  try {
    return await planner.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(TrainingPlan, { traineeId })) throw badUserInput([planExists()]);
      const { plans } = await draftTrainingPlans(manager, [period], planner.viewer.id, planner.today);
      if (plans.length === 0) {
        throw badUserInput([
          problem(
            'TRAINING_PLAN_TEMPLATE_MISSING',
            'Regionen har ingen mall för utbildningsplanen för BT-läkarens huvudort. Be administratören lägga in mallen.',
            {
              rule: 'EDU-1',
              field: 'traineeId',
              params: { site: period.siteCode },
            },
          ),
        ]);
      }
      return plans[0];
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw badUserInput([planExists()]);
    throw error;
  }
}

/** EDU-5: a new placement in the trainee's plan. */
export function createPlacement(
  planner: Planner,
  traineeId: string,
  planVersion: number,
  draft: PlacementDraft,
  reason?: string | null,
): Promise<TrainingPlan> {
  return changePlan(
    planner,
    traineeId,
    planVersion,
    reason,
    async (manager) => {
      const id = randomUUID();
      await manager.insert(Placement, { id, traineeId, ...draft, clinicalSupervisorId: null });
      return { action: TrainingPlanAction.CREATE_PLACEMENT, placementId: id, summary: `Placering ${describe(draft)} tillagd.` };
    },
    (period) => refuseUnsuitableUnit(planner, period, draft.kind, draft.unitId, reason),
  );
}

/** EDU-5: move, shorten or lengthen a placement, or change its unit or kind. */
export async function updatePlacement(
  planner: Planner,
  id: string,
  planVersion: number,
  changes: Partial<PlacementDraft>,
  reason?: string | null,
): Promise<TrainingPlan> {
  const before = await placementOrRefuse(planner.dataSource, id);
  const wanted = { ...before, ...given(changes) };
  return changePlan(
    planner,
    before.traineeId,
    planVersion,
    reason,
    async (manager) => {
      const placement = await placementOrRefuse(manager, id);
      const next = { ...placement, ...given(changes) };
      await manager.update(Placement, { id }, { kind: next.kind, unitId: next.unitId, startDate: next.startDate, endDate: next.endDate });
      return { action: TrainingPlanAction.UPDATE_PLACEMENT, placementId: id, summary: `Placering ${describe(placement)} ändrad till ${describe(next)}.` };
    },
    async (period) => {
      if (wanted.kind !== before.kind || wanted.unitId !== before.unitId) await refuseUnsuitableUnit(planner, period, wanted.kind, wanted.unitId, reason);
    },
  );
}

/** EDU-5: split a placement at `at`, the first day of its second part (same unit, kind and clinical supervisor). */
export async function splitPlacement(planner: Planner, id: string, planVersion: number, at: string, reason?: string | null): Promise<TrainingPlan> {
  const { traineeId } = await placementOrRefuse(planner.dataSource, id);
  return changePlan(planner, traineeId, planVersion, reason, async (manager) => {
    const placement = await placementOrRefuse(manager, id);
    const problems = splitProblems(placement.startDate, placement.endDate, at);
    if (problems.length > 0) throw badUserInput(problems);
    const secondId = randomUUID();
    await manager.update(Placement, { id }, { endDate: addDays(at, -1) });
    await manager.insert(Placement, { ...placement, id: secondId, startDate: at });
    return { action: TrainingPlanAction.SPLIT_PLACEMENT, placementId: id, summary: `Placering ${describe(placement)} delad från ${at}.` };
  });
}

/** EDU-5: remove a placement from the plan. */
export async function deletePlacement(planner: Planner, id: string, planVersion: number, reason?: string | null): Promise<TrainingPlan> {
  const { traineeId } = await placementOrRefuse(planner.dataSource, id);
  return changePlan(planner, traineeId, planVersion, reason, async (manager) => {
    const placement = await placementOrRefuse(manager, id);
    await manager.delete(Placement, { id });
    return { action: TrainingPlanAction.DELETE_PLACEMENT, placementId: id, summary: `Placering ${describe(placement)} borttagen.` };
  });
}

/**
 * EDU-1, EDU-2, EDU-5: the director of studies confirms the plan: never below the regulation's
 * minimums; a deviation (a gap, the employment not covered) only with a reason, which is recorded.
 */
export async function confirmTrainingPlan(planner: Planner, traineeId: string, planVersion: number, reason?: string | null): Promise<TrainingPlan> {
  const period = await authorisedEmployment(planner, traineeId);
  refuseInvalidReason(reason);
  return planner.dataSource.transaction(async (manager) => {
    const plan = await manager.findOneBy(TrainingPlan, { traineeId });
    if (!plan) throw badUserInput([planMissing(traineeId)]);
    const problems = confirmationProblems(await findings(manager, traineeId, period), reason);
    if (problems.length > 0) throw badUserInput(problems);
    const deviationReason = reason?.trim() || null;
    const version = await updateVersioned(
      manager,
      TrainingPlan,
      { id: plan.id, version: planVersion, what: 'utbildningsplanen' },
      { status: TrainingPlanStatus.CONFIRMED, confirmedAt: new Date(), confirmedById: planner.viewer.id, deviationReason },
    );
    await logChange(
      manager,
      planner,
      traineeId,
      version,
      { action: TrainingPlanAction.CONFIRM, placementId: null, summary: 'Planen fastställd.' },
      deviationReason,
    );
    // the block schedule shows the plan's status (read model of employment)
    await recordTraineeEducationChanges(manager, [traineeId]);
    return manager.findOneByOrFail(TrainingPlan, { id: plan.id });
  });
}

const vacationOrRefuse = (source: DataSource | EntityManager, id: string) => rowOrRefuse(source, PlannedVacation, id, 'Semestern');

/** ABS-4, EMP-1: refuses the vacation's dates when they end before they start, fall outside the employment or share a day with another of the trainee's vacations. */
async function refuseVacationDates(
  manager: EntityManager,
  period: TraineeEmploymentPeriod,
  vacation: { id: string; startDate: string; endDate: string },
  fieldPrefix: string,
): Promise<void> {
  const others = (await manager.findBy(PlannedVacation, { traineeId: period.traineeId })).filter((other) => other.id !== vacation.id);
  const problems = plannedVacationProblems(vacation, others, period.employmentStart, period.employmentEnd, fieldPrefix);
  if (problems.length > 0) throw badUserInput(problems);
}

/** ABS-4, EDU-5: planned vacation added to the trainee's plan (a week in the autumn, the summer's weeks planned anew). */
export function addPlannedVacation(
  planner: Planner,
  traineeId: string,
  planVersion: number,
  dates: { startDate: string; endDate: string },
  reason?: string | null,
): Promise<TrainingPlan> {
  return changePlan(planner, traineeId, planVersion, reason, async (manager, period) => {
    const vacation = { id: randomUUID(), traineeId, startDate: dates.startDate, endDate: dates.endDate };
    await refuseVacationDates(manager, period, vacation, 'input.');
    await manager.insert(PlannedVacation, vacation);
    return { action: TrainingPlanAction.ADD_VACATION, placementId: null, summary: `Semester ${vacation.startDate}–${vacation.endDate} tillagd.` };
  });
}

/** ABS-4: move or change the length of planned vacation. */
export async function updatePlannedVacation(
  planner: Planner,
  id: string,
  planVersion: number,
  dates: { startDate?: string; endDate?: string },
  reason?: string | null,
): Promise<TrainingPlan> {
  const { traineeId } = await vacationOrRefuse(planner.dataSource, id);
  return changePlan(planner, traineeId, planVersion, reason, async (manager, period) => {
    const vacation = await vacationOrRefuse(manager, id);
    const next = { ...vacation, ...given(dates) };
    await refuseVacationDates(manager, period, next, '');
    await manager.update(PlannedVacation, { id }, { startDate: next.startDate, endDate: next.endDate });
    return {
      action: TrainingPlanAction.UPDATE_VACATION,
      placementId: null,
      summary: `Semester ${vacation.startDate}–${vacation.endDate} flyttad till ${next.startDate}–${next.endDate}.`,
    };
  });
}

/** ABS-4, EDU-5: planned vacation removed from the plan (its days need a placement, or a reason when the plan is confirmed). */
export async function deletePlannedVacation(planner: Planner, id: string, planVersion: number, reason?: string | null): Promise<TrainingPlan> {
  const { traineeId } = await vacationOrRefuse(planner.dataSource, id);
  return changePlan(planner, traineeId, planVersion, reason, async (manager) => {
    const vacation = await vacationOrRefuse(manager, id);
    await manager.delete(PlannedVacation, { id });
    return { action: TrainingPlanAction.DELETE_VACATION, placementId: null, summary: `Semester ${vacation.startDate}–${vacation.endDate} borttagen.` };
  });
}

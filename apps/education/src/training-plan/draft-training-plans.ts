import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { insertRows } from '@bt/database';
import { draftTrainingPlan, TrainingPlanAction, TrainingPlanStatus, type IsoDate } from '@bt/domain';
import type { TraineeEmploymentPeriod } from '@bt/subgraph';
import { TrainingPlan } from './training-plan.entity';
import { PlannedVacation } from './planned-vacation.entity';
import { TrainingPlanChange } from './training-plan-change.entity';
import { TrainingPlanTemplate, TrainingPlanTemplatePlacement } from './training-plan-template.entity';
import { Placement } from '../placement/placement.entity';
import { recordTraineeEducationChanges } from '../change-feed/trainee-education-changes';
import { syncAccessTasks } from '../access/access-task.service';

/** Trainees per read: well under SQLite's 32 766 variables. */
const CHUNK = 200;

/** A row of a plan's change log (EDU-5): who (null: made automatically at employment), when, what and why. */
export function planChangeRow(
  traineeId: string,
  version: number,
  change: { action: TrainingPlanAction; placementId: string | null; summary: string },
  reason: string | null | undefined,
  changedById: string | null,
): TrainingPlanChange {
  return Object.assign(new TrainingPlanChange(), {
    id: randomUUID(),
    traineeId,
    version,
    ...change,
    reason: reason?.trim() || null,
    changedById,
    changedAt: new Date(),
  });
}

async function placementCounts(manager: EntityManager, traineeIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (let i = 0; i < traineeIds.length; i += CHUNK) {
    const rows = await manager
      .getRepository(Placement)
      .createQueryBuilder('placement')
      .select('placement.traineeId', 'traineeId')
      .addSelect('COUNT(*)', 'count')
      .where({ traineeId: In(traineeIds.slice(i, i + CHUNK)) })
      .groupBy('placement.traineeId')
      .getRawMany<{ traineeId: string; count: number | string }>();
    for (const { traineeId, count } of rows) counts.set(traineeId, Number(count));
  }
  return counts;
}

/** Of the trainees, those that have a plan. */
export async function plannedTrainees(manager: EntityManager, traineeIds: readonly string[]): Promise<Set<string>> {
  const planned = new Set<string>();
  for (let i = 0; i < traineeIds.length; i += CHUNK) {
    const plans = await manager.find(TrainingPlan, { select: { traineeId: true }, where: { traineeId: In(traineeIds.slice(i, i + CHUNK)) } });
    for (const { traineeId } of plans) planned.add(traineeId);
  }
  return planned;
}

/**
 * EDU-1, EDU-2, ABS-4, EDU-5: draft plans for trainees without one (the caller checked), in the
 * caller's transaction, with a constant number of statements per chunk of trainees. A trainee without
 * placements gets the template of its main site: its placements at its units, the summer vacation, the
 * last placement ending with the BT period; one who already has placements (planned before plans were
 * kept) gets a plan of those. A trainee whose site has no template gets none (returned). Each draft is
 * logged as made by `changedById` (null: automatically at employment) on `draftedOn` (today), its access
 * tasks follow (syncAccessTasks, for all the trainees at once: none due before `draftedOn`, ACC-1–ACC-3),
 * and the change feed gets the trainees' new state.
 */
export async function draftTrainingPlans(
  manager: EntityManager,
  periods: readonly TraineeEmploymentPeriod[],
  changedById: string | null,
  draftedOn: IsoDate,
): Promise<{ plans: TrainingPlan[]; withoutTemplate: TraineeEmploymentPeriod[] }> {
  if (periods.length === 0) return { plans: [], withoutTemplate: [] };
  const [counts, templates, templatePlacements] = await Promise.all([
    placementCounts(
      manager,
      periods.map((period) => period.traineeId),
    ),
    manager.find(TrainingPlanTemplate),
    manager.find(TrainingPlanTemplatePlacement, { order: { position: 'ASC' } }),
  ]);
  const plans: TrainingPlan[] = [];
  const placements: Placement[] = [];
  const vacations: PlannedVacation[] = [];
  const changes: TrainingPlanChange[] = [];
  const withoutTemplate: TraineeEmploymentPeriod[] = [];
  const automatically = changedById ? '' : ' Gjort automatiskt när BT-läkaren anställdes.';
  for (const period of periods) {
    const { traineeId, siteCode } = period;
    const existing = counts.get(traineeId) ?? 0;
    let summary = `Utkast av befintliga ${existing} placeringar.`;
    if (existing === 0) {
      const template = templates.find((found) => found.siteCode === siteCode);
      const rows = templatePlacements.filter((row) => row.siteCode === siteCode);
      if (!template || rows.length === 0) {
        withoutTemplate.push(period);
        continue;
      }
      const unitOf = new Map(rows.map((row) => [row.kind, row.unitId]));
      const draft = draftTrainingPlan(
        {
          placements: rows.map(({ kind, months }) => ({ kind, months })),
          summerVacation: { startWeek: template.summerVacationStartWeek, weeks: template.summerVacationWeeks },
        },
        period.employmentStart,
        period.employmentEnd,
      );
      for (const { kind, startDate, endDate } of draft) {
        if (kind === 'VACATION') vacations.push(Object.assign(new PlannedVacation(), { id: randomUUID(), traineeId, startDate, endDate }));
        else
          placements.push(
            Object.assign(new Placement(), { id: randomUUID(), traineeId, kind, unitId: unitOf.get(kind)!, startDate, endDate, clinicalSupervisorId: null }),
          );
      }
      summary = `Utkast ur regionens mall: ${draft.filter((p) => p.kind !== 'VACATION').length} placeringar och semester.`;
    }
    const plan = Object.assign(new TrainingPlan(), {
      id: randomUUID(),
      traineeId,
      version: 1,
      status: TrainingPlanStatus.DRAFT,
      confirmedAt: null,
      confirmedById: null,
      draftedOn,
      deviationReason: null,
    });
    plans.push(plan);
    changes.push(
      planChangeRow(
        traineeId,
        plan.version,
        { action: TrainingPlanAction.CREATE_DRAFT, placementId: null, summary: summary + automatically },
        null,
        changedById,
      ),
    );
  }
  await insertRows(manager, TrainingPlan, plans);
  await insertRows(manager, Placement, placements);
  await insertRows(manager, PlannedVacation, vacations);
  await insertRows(manager, TrainingPlanChange, changes);
  // ACC-1–ACC-3: the access tasks of the drafted placements
  const drafted = new Set(plans.map((plan) => plan.traineeId));
  await syncAccessTasks(
    manager,
    periods.filter((period) => drafted.has(period.traineeId)),
  );
  await recordTraineeEducationChanges(
    manager,
    plans.map((plan) => plan.traineeId),
  );
  return { plans, withoutTemplate };
}

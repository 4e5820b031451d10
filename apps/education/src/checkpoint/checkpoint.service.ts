import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { assertPermissionReachesSite, forbidden, Permission, PermissionScope, permissionScope } from '@bt/auth';
import { isUniqueViolation } from '@bt/database';
import {
  checkpointCorrectionProblems,
  checkpointKey,
  checkpointRecordProblems,
  checkpointStatus,
  CheckpointStatus,
  handoverProblems,
  missingReferences,
  plannedCheckpoints,
  type Problem,
} from '@bt/domain';
import { actorRecord, badUserInput, type Actor } from '@bt/subgraph';
import { readTrainee, type EmploymentReader } from '../employment-read-model/read-trainees';
import { CheckpointChecklistItem } from './checklist-item.entity';
import { CheckpointCompletion, CheckpointCompletionItem } from './checkpoint-completion.entity';
import { CheckpointLog, type CheckpointAction } from './checkpoint-log.entity';
import { SupervisorHandover } from './supervisor-handover.entity';
import type { Checkpoint } from './checkpoint.type';
import type { CheckpointCompletionInput, HandoverInput } from './checkpoint.input';
import { checkpointLoaders } from './checkpoint.loaders';
import { MainSupervision } from '../supervision/main-supervision.entity';
import { Placement } from '../placement/placement.entity';
import { placementLoaders } from '../placement/placement.loaders';
import type { EducationContext } from '../education.context';
import { trainingPlanLoaders } from '../training-plan/training-plan.loaders';

/** What recording a checkpoint needs of its caller: who and which day, the database, the read model of employment's trainees. */
export interface CheckpointActor extends Actor, EmploymentReader {}

const HANDOVER_KEY = 'HANDOVER';

/** EDU-8: the trainee's checkpoints as the placements give them, each with its current record and where it stands today. */
export async function checkpointsOf(ctx: EducationContext, traineeId: string): Promise<Checkpoint[]> {
  const [placements, completions] = await Promise.all([
    placementLoaders(ctx).placementsByTrainee.load(traineeId),
    checkpointLoaders(ctx).completionsByTrainee.load(traineeId),
  ]);
  // in order of sequence: a correction comes after the record it corrects and replaces it here
  const current = new Map(completions.map((completion) => [completion.checkpointKey, completion]));
  const placementOf = new Map(placements.map((placement) => [placement.id, placement]));
  return plannedCheckpoints(placements).map((planned) => {
    const completion = current.get(checkpointKey(planned.kind, planned.placementId)) ?? null;
    return {
      ...planned,
      traineeId,
      placement: planned.placementId ? placementOf.get(planned.placementId)! : null,
      completion,
      status: checkpointStatus(planned, completion !== null, ctx.today),
    };
  });
}

/** EDU-8: the trainee's checkpoints whose last day has passed without a record. */
export async function overdueCheckpointsOf(ctx: EducationContext, traineeId: string): Promise<Checkpoint[]> {
  // the checkpoints follow the training plan: a trainee without one (BT over before plans were kept) has none due
  if (!(await trainingPlanLoaders(ctx).planByTrainee.load(traineeId))) return [];
  return (await checkpointsOf(ctx, traineeId)).filter((checkpoint) => checkpoint.status === CheckpointStatus.OVERDUE);
}

/**
 * EDU-8: the trainee's own main supervisor records checkpoints and handovers (OWN_ROWS: another
 * supervisor is refused even when the trainee is in their row scope), a director of studies or the
 * Director for every trainee, the deputy director for trainees of their own site (ORG-1).
 */
async function assertMayRecord(actor: CheckpointActor, traineeId: string): Promise<void> {
  const scope = permissionScope(actor.viewer, Permission.RECORD_CHECKPOINTS);
  if (scope === PermissionScope.OWN_ROWS) {
    const supervision = await actor.dataSource.getRepository(MainSupervision).findOneBy({ traineeId });
    if (supervision?.supervisorId !== actor.viewer.id) {
      throw forbidden(
        'Kontrollpunkter och handledaravstämningar registreras av BT-läkarens huvudansvariga handledare eller av studierektor.',
        'NOT_MAIN_SUPERVISOR',
        'EDU-8',
      );
    }
  } else if (scope === PermissionScope.OWN_SITE) {
    const trainee = await readTrainee(actor, traineeId);
    if (!trainee) throw badUserInput(missingReferences([['BT-läkaren', 'input.traineeId', traineeId, trainee]]));
    assertPermissionReachesSite(actor.viewer, Permission.RECORD_CHECKPOINTS, trainee.siteId);
  }
}

async function log(
  manager: EntityManager,
  actor: Actor,
  action: CheckpointAction,
  entry: { traineeId: string; checkpointKey: string; recordId: string | null; refusal?: string },
): Promise<void> {
  await manager.insert(CheckpointLog, {
    id: randomUUID(),
    ...actorRecord(actor),
    action,
    traineeId: entry.traineeId,
    checkpointKey: entry.checkpointKey,
    recordId: entry.recordId,
    refusal: entry.refusal ?? null,
  });
}

/** A refused attempt to change a recorded checkpoint: audited (after the attempt's own transaction, if any), then refused. */
async function refuseChange(actor: CheckpointActor, traineeId: string, key: string, recordId: string | null, problems: Problem[]): Promise<never> {
  await log(actor.dataSource.manager, actor, 'REFUSED_CHANGE', { traineeId, checkpointKey: key, recordId, refusal: problems[0].code });
  throw badUserInput(problems);
}

/**
 * EDU-8: records a checkpoint held: the day, the ticked items of the kind's checklist, a note. A
 * recorded checkpoint never changes: a second record must name the current one as the one it corrects
 * (else refused, and the attempt audited in checkpoint_log); two at the same time: one wins, the other
 * is refused the same way.
 */
export async function completeCheckpoint(actor: CheckpointActor, input: CheckpointCompletionInput): Promise<CheckpointCompletion> {
  const { dataSource } = actor;
  const { traineeId, kind } = input;
  const placementId = input.placementId ?? null;
  await assertMayRecord(actor, traineeId);
  const itemIds = [...new Set(input.itemIds)];
  const [placements, checklist] = await Promise.all([
    dataSource.getRepository(Placement).find({ where: { traineeId }, select: { id: true } }),
    dataSource.getRepository(CheckpointChecklistItem).find({ where: { kind }, select: { id: true } }),
  ]);
  const note = input.note?.trim() || null;
  const problems = checkpointRecordProblems(
    { kind, placementId, heldOn: input.heldOn, itemIds, note },
    { today: actor.today, checklistItemIds: checklist.map((item) => item.id), placementIds: placements.map((placement) => placement.id) },
  );
  if (problems.length > 0) throw badUserInput(problems);
  const key = checkpointKey(kind, placementId);
  const currentRecord = () => dataSource.getRepository(CheckpointCompletion).findOne({ where: { traineeId, checkpointKey: key }, order: { sequence: 'DESC' } });
  const current = await currentRecord();
  const refused = checkpointCorrectionProblems(current?.id ?? null, input.corrects);
  if (refused.length > 0) return refuseChange(actor, traineeId, key, input.corrects ?? current?.id ?? null, refused);
  const completion = Object.assign(new CheckpointCompletion(), {
    id: randomUUID(),
    traineeId,
    kind,
    placementId,
    checkpointKey: key,
    sequence: (current?.sequence ?? 0) + 1,
    correctsId: current?.id ?? null,
    heldOn: input.heldOn,
    note,
    recordedById: actor.viewer.id,
    recordedAt: new Date(),
  });
  try {
    await dataSource.transaction(async (manager) => {
      await manager.insert(CheckpointCompletion, completion);
      if (itemIds.length > 0)
        await manager.insert(
          CheckpointCompletionItem,
          itemIds.map((itemId) => ({ completionId: completion.id, itemId })),
        );
      await log(manager, actor, current ? 'CORRECT_CHECKPOINT' : 'RECORD_CHECKPOINT', { traineeId, checkpointKey: key, recordId: completion.id });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // someone recorded the checkpoint in the meantime: the record read above is no longer the current one
    const newer = await currentRecord();
    return refuseChange(actor, traineeId, key, newer?.id ?? null, checkpointCorrectionProblems(newer?.id ?? null, input.corrects));
  }
  return completion;
}

/**
 * EDU-8: records a handover between two consecutive placements of a trainee, with the main
 * supervisor and the outgoing and incoming clinical supervisors as appointed now as its participants.
 */
export async function recordHandover(actor: CheckpointActor, input: HandoverInput): Promise<SupervisorHandover> {
  const { dataSource } = actor;
  const placements = dataSource.getRepository(Placement);
  const [from, to] = await Promise.all([placements.findOneBy({ id: input.fromPlacementId }), placements.findOneBy({ id: input.toPlacementId })]);
  if (!from || !to) {
    throw badUserInput(
      missingReferences([
        ['Placeringen', 'input.fromPlacementId', input.fromPlacementId, from],
        ['Placeringen', 'input.toPlacementId', input.toPlacementId, to],
      ]),
    );
  }
  await assertMayRecord(actor, from.traineeId);
  const note = input.note?.trim() || null;
  const problems = handoverProblems({ heldOn: input.heldOn, note }, from, to);
  if (problems.length > 0) throw badUserInput(problems);
  const supervision = await dataSource.getRepository(MainSupervision).findOneBy({ traineeId: from.traineeId });
  const handover = Object.assign(new SupervisorHandover(), {
    id: randomUUID(),
    traineeId: from.traineeId,
    fromPlacementId: from.id,
    toPlacementId: to.id,
    heldOn: input.heldOn,
    mainSupervisorId: supervision?.supervisorId ?? null,
    outgoingSupervisorId: from.clinicalSupervisorId,
    incomingSupervisorId: to.clinicalSupervisorId,
    note,
    recordedById: actor.viewer.id,
    recordedAt: new Date(),
  });
  await dataSource.transaction(async (manager) => {
    await manager.insert(SupervisorHandover, handover);
    await log(manager, actor, 'RECORD_HANDOVER', { traineeId: from.traineeId, checkpointKey: HANDOVER_KEY, recordId: handover.id });
  });
  return handover;
}

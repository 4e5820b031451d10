import { In, type DataSource, type EntityManager } from 'typeorm';
import { EDUCATION_FEED, recordFeedChanges, unpublishedTraineeIds, type TraineeEducationState } from '@bt/subgraph';
import { MainSupervision } from '../supervision/main-supervision.entity';
import { Placement } from '../placement/placement.entity';
import { PlannedVacation } from '../training-plan/planned-vacation.entity';
import { TrainingPlan } from '../training-plan/training-plan.entity';

/** Trainees per read of their rows: well under SQLite's 32 766 variables. */
const CHUNK = 400;
/** Trainees published per transaction by publishUnpublishedTrainees. */
const PUBLISH_BATCH = 2000;

/** The trainees' current education state, as the change feed carries it (with what the block schedule shows: kinds, vacation, plan status). */
async function traineeStates(manager: EntityManager, traineeIds: readonly string[]): Promise<TraineeEducationState[]> {
  const states = new Map<string, TraineeEducationState>(
    traineeIds.map((traineeId) => [traineeId, { traineeId, mainSupervisors: [], placements: [], plannedVacations: [], planStatus: null }]),
  );
  for (let i = 0; i < traineeIds.length; i += CHUNK) {
    const chunk = traineeIds.slice(i, i + CHUNK);
    const [placements, supervisions, vacations, plans] = await Promise.all([
      manager.getRepository(Placement).find({ where: { traineeId: In(chunk) }, order: { startDate: 'ASC', id: 'ASC' } }),
      manager.getRepository(MainSupervision).find({ where: { traineeId: In(chunk) }, order: { supervisorId: 'ASC' } }),
      manager.getRepository(PlannedVacation).find({ where: { traineeId: In(chunk) }, order: { startDate: 'ASC', id: 'ASC' } }),
      manager.getRepository(TrainingPlan).find({ select: { traineeId: true, status: true }, where: { traineeId: In(chunk) } }),
    ]);
    for (const { id, traineeId, unitId, kind, startDate, endDate, clinicalSupervisorId } of placements) {
      states.get(traineeId)?.placements.push({ id, unitId, startDate, endDate, clinicalSupervisorId, kind });
    }
    for (const { traineeId, supervisorId, fromDate } of supervisions) states.get(traineeId)?.mainSupervisors.push({ supervisorId, fromDate });
    for (const { id, traineeId, startDate, endDate } of vacations) states.get(traineeId)?.plannedVacations?.push({ id, startDate, endDate });
    for (const { traineeId, status } of plans) {
      const state = states.get(traineeId);
      if (state) state.planStatus = status;
    }
  }
  return [...states.values()];
}

/**
 * The one function every writer of placements and supervisions calls, in its own transaction after
 * its writes (README, "Läsmodeller mellan delgrafer"): an event per trainee with the trainee's state
 * as it is now, at positions taken under the feed head's lock (so in the order of commits).
 */
export function recordTraineeEducationChanges(manager: EntityManager, traineeIds: readonly string[], now = new Date()): Promise<void> {
  return recordFeedChanges(manager, EDUCATION_FEED, traineeIds, traineeStates, now);
}

/**
 * Publishes the current state of every trainee that has placements or supervisors but no event yet:
 * rows loaded in bulk (the demo data) become events like any other change. Running it again publishes
 * nothing. Returns how many trainees it published.
 */
export async function publishUnpublishedTrainees(dataSource: DataSource): Promise<number> {
  const [placed, supervised] = await Promise.all([
    unpublishedTraineeIds(dataSource, Placement, 'traineeId'),
    unpublishedTraineeIds(dataSource, MainSupervision, 'traineeId'),
  ]);
  const traineeIds = [...new Set([...placed, ...supervised])].sort();
  for (let i = 0; i < traineeIds.length; i += PUBLISH_BATCH) {
    await dataSource.transaction((manager) => recordTraineeEducationChanges(manager, traineeIds.slice(i, i + PUBLISH_BATCH)));
  }
  return traineeIds.length;
}

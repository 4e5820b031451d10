import { In, type EntityManager } from 'typeorm';
import { isStillEmployed, planEndDate, type IsoDate } from '@bt/domain';
import { EMPLOYMENT_FEED, recordFeedChanges, type TraineeEmploymentState } from '@bt/subgraph';
import { Trainee } from '../trainee/trainee.entity';
import { Site } from '../site/site.entity';

/** Trainees per read of their rows: well under SQLite's 32 766 variables. */
const CHUNK = 400;

/** The trainees' current employment state on `today`, as the change feed carries it (a trainee not found is left out). */
async function traineeStates(manager: EntityManager, traineeIds: readonly string[], today: IsoDate): Promise<TraineeEmploymentState[]> {
  const sites = new Map((await manager.find(Site)).map((site) => [site.id, site.code]));
  const states: TraineeEmploymentState[] = [];
  for (let i = 0; i < traineeIds.length; i += CHUNK) {
    const trainees = await manager.find(Trainee, { where: { id: In(traineeIds.slice(i, i + CHUNK)) }, order: { id: 'ASC' } });
    for (const { id, siteId, cohortId, employmentForm, employmentStart, employmentEnd } of trainees) {
      states.push({
        traineeId: id,
        siteId,
        siteCode: sites.get(siteId)!,
        cohortId,
        employmentForm,
        btStart: employmentStart,
        btEnd: planEndDate(employmentForm, employmentStart, employmentEnd),
        employed: isStillEmployed(employmentEnd, today),
      });
    }
  }
  return states;
}

/**
 * An event per trainee in employment's change feed (README, "Läsmodeller mellan delgrafer"), with the
 * trainee's employment state as it is now, in the caller's transaction after its writes: called by
 * markTraineesChanged, which every write of trainees calls.
 */
export function recordTraineeEmploymentChanges(manager: EntityManager, traineeIds: readonly string[], today: IsoDate, now = new Date()): Promise<void> {
  return recordFeedChanges(manager, EMPLOYMENT_FEED, traineeIds, (inner, ids) => traineeStates(inner, ids, today), now);
}

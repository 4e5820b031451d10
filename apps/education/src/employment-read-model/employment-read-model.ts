import { In, type DataSource, type EntityManager } from 'typeorm';
import { insertRows } from '@bt/database';
import { traineesToDraftAtEmployment, type IsoDate } from '@bt/domain';
import {
  ChangeFeedConsumer,
  clockFromEnv,
  EMPLOYMENT_FEED,
  employmentPeriodOf,
  type Clock,
  type EmploymentChange,
  type GatewayClient,
  type TraineeEmploymentState,
} from '@bt/subgraph';
import { ReadTrainee } from './read-trainee.entity';
import { draftTrainingPlans, plannedTrainees } from '../training-plan/draft-training-plans';

/** Trainees per DELETE: well under SQLite's 32 766 variables. */
const CHUNK = 400;

/**
 * Applies employment's events: each replaces what the model held for its trainee with the state it
 * carries (the newest event per trainee wins), so applying an event twice changes nothing. In the same
 * transaction, EDU-5: a trainee still employed who has no plan gets the draft from the region's
 * template, logged as made automatically at employment on `today` (a replay finds the plan and drafts nothing).
 */
export async function applyEmploymentChanges(manager: EntityManager, changes: readonly EmploymentChange[], today: IsoDate): Promise<void> {
  const newest = new Map<string, TraineeEmploymentState>();
  for (const change of changes) newest.set(change.traineeId, JSON.parse(change.state) as TraineeEmploymentState);
  const traineeIds = [...newest.keys()];
  for (let i = 0; i < traineeIds.length; i += CHUNK) await manager.delete(ReadTrainee, { traineeId: In(traineeIds.slice(i, i + CHUNK)) });
  const states = [...newest.values()];
  const rows = states.map(({ traineeId, siteId, siteCode, cohortId, employmentForm, btStart, btEnd, employed }) =>
    Object.assign(new ReadTrainee(), { traineeId, siteId, siteCode, cohortId, employmentForm, btStart, btEnd, employed }),
  );
  await insertRows(manager, ReadTrainee, rows);
  const toDraft = traineesToDraftAtEmployment(states, await plannedTrainees(manager, traineeIds));
  // a site without a template gets no draft: the director of studies makes it (createDraftTrainingPlan) once the template exists
  await draftTrainingPlans(manager, toDraft.map(employmentPeriodOf), null, today);
}

/** The consumer of employment's feed for education's read model of trainees, reading through the gateway as education's service identity. */
export function employmentReadModelConsumer(
  dataSource: DataSource,
  gateway: GatewayClient,
  options: { pollMs: number; pageSize?: number; log?: (message: string) => void; clock?: Clock },
): ChangeFeedConsumer<EmploymentChange> {
  const { clock = clockFromEnv(), ...consumerOptions } = options;
  return new ChangeFeedConsumer<EmploymentChange>({
    feed: EMPLOYMENT_FEED,
    dataSource,
    read: (after, first) => gateway.employmentChanges(after, first),
    apply: (manager, changes) => applyEmploymentChanges(manager, changes, clock()),
    reset: async (manager) => {
      await manager.createQueryBuilder().delete().from(ReadTrainee).execute();
    },
    ...consumerOptions,
  });
}

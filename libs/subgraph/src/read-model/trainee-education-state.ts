import type { FeedChange } from '../change-feed/outbox';

/**
 * The contract of education's change feed (README, "Läsmodeller mellan delgrafer"): one event per
 * change of a trainee, carrying the trainee's whole current education state that other subgraphs
 * filter, count and scope by. Applying it replaces what a read model held for the trainee, so applying
 * an event twice changes nothing and a replay from position 0 rebuilds the model.
 */
export interface TraineeEducationState {
  traineeId: string;
  /** EDU-7: the trainee's main supervisor(s), from when. */
  mainSupervisors: { supervisorId: string; fromDate: string }[];
  /**
   * Every placement: unit, inclusive dates and clinical supervisor (EDU-8, EDU-9), and its kind (EDU-1;
   * the block schedule). Events written before the kind was carried lack it: unknown until a replay.
   */
  placements: { id: string; unitId: string; startDate: string; endDate: string; clinicalSupervisorId: string | null; kind?: string }[];
  /** ABS-4: the plan's vacation (inclusive dates); missing in older events (then none until a replay). */
  plannedVacations?: { id: string; startDate: string; endDate: string }[];
  /** EDU-5: the plan's status (DRAFT, CONFIRMED), null without a plan; missing in older events (then none until a replay). */
  planStatus?: string | null;
}

/** One event of education's feed, as educationChanges answers it: `state` is a TraineeEducationState in JSON. */
export type EducationChange = FeedChange;

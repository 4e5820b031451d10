import type { EmploymentForm, IsoDate, SiteCode } from '@bt/domain';
import type { FeedChange } from '../change-feed/outbox';

/** Employment's feed's name, and its cursor's key in a read model of it (education). */
export const EMPLOYMENT_FEED = 'employment';

/**
 * The contract of employment's change feed (README, "Läsmodeller mellan delgrafer"): one event per
 * change of a trainee's employment facts, carrying the trainee's whole employment state then, which
 * education plans within (EMP-1, EDU-1, EDU-2). Applying it replaces what a read model held for the
 * trainee, so applying an event twice changes nothing and a replay from position 0 rebuilds the model.
 */
export interface TraineeEmploymentState {
  traineeId: string;
  /** The main site (EDU-2: the template of the site), and its code. */
  siteId: string;
  siteCode: SiteCode;
  cohortId: string;
  employmentForm: EmploymentForm;
  /** EMP-1: the BT period, inclusive: the whole separate employment, or an integrated BT's BT part (planEndDate). */
  btStart: IsoDate;
  btEnd: IsoDate;
  /** Whether the employment had not ended on the day of the change (isStillEmployed). */
  employed: boolean;
}

/** A trainee's BT period and main site, within which education plans (EMP-1, EDU-2): from its read model of employment. */
export interface TraineeEmploymentPeriod {
  traineeId: string;
  employmentStart: IsoDate;
  /** Inclusive last day. */
  employmentEnd: IsoDate;
  employmentForm: EmploymentForm;
  siteId: string;
  siteCode: SiteCode;
}

/** The period a state of the feed (or a row of the read model) tells. */
export function employmentPeriodOf(state: Omit<TraineeEmploymentState, 'employed' | 'cohortId'>): TraineeEmploymentPeriod {
  const { traineeId, btStart, btEnd, employmentForm, siteId, siteCode } = state;
  return { traineeId, employmentStart: btStart, employmentEnd: btEnd, employmentForm, siteId, siteCode };
}

/** One event of employment's feed, as employmentChanges answers it: `state` is a TraineeEmploymentState in JSON. */
export type EmploymentChange = FeedChange;

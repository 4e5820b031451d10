import { isIsoDate, todayIso, type IsoDate } from '@bt/domain';

/** What day it is for the rules that depend on it (active employment, current placement, "within N days"). */
export type Clock = () => IsoDate;

/**
 * The calendar date in UTC, or the fixed date in `BT_TODAY` (ÅÅÅÅ-MM-DD) when set: for tests and for
 * demonstrating the seeded data as of its own day (2026-11-22). Never set it in production.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const fixed = env.BT_TODAY;
  if (fixed === undefined || fixed === '') return () => todayIso();
  if (!isIsoDate(fixed)) throw new Error(`BT_TODAY måste vara ett datum ÅÅÅÅ-MM-DD, inte "${fixed}".`);
  return () => fixed;
}

/** A clock that always says the same day (tests, benchmarks). */
export function fixedClock(today: IsoDate): Clock {
  return () => today;
}

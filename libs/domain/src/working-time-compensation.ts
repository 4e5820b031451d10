import { problem, type Problem } from './problem';

/** ABS-7: at most +20 and −10 hours of flexitime follow the trainee to the next placement. */
export const FLEX_CARRY_MAX_MINUTES = 20 * 60;
export const FLEX_CARRY_MIN_MINUTES = -10 * 60;
/** ABS-5: 30 % of on-call compensation is paid out, 70 % taken as leave, unless the region or site configures otherwise. */
export const DEFAULT_ON_CALL_PAID_PERCENT = 30;
/** A placement's flex balance or on-call hours as entered: at most this many hours either way. */
export const MAX_COMPENSATION_HOURS = 2000;

export interface FlexCarryOver {
  /** The balance at the end of the placement. */
  closingMinutes: number;
  /** What follows the trainee to the next placement: the balance clamped to +20/−10 h. */
  carriedMinutes: number;
  /** What was cut at the change of placement: positive when hours over +20 are lost, negative when a debt beyond −10 is written off. */
  cutMinutes: number;
}

/** ABS-7: the carry-over at a change of placement: the closing balance clamped to +20/−10 hours, and what was cut. */
export function flexCarryOver(closingMinutes: number): FlexCarryOver {
  const carriedMinutes = Math.min(FLEX_CARRY_MAX_MINUTES, Math.max(FLEX_CARRY_MIN_MINUTES, closingMinutes));
  return { closingMinutes, carriedMinutes, cutMinutes: closingMinutes - carriedMinutes };
}

export interface OnCallSplit {
  earnedMinutes: number;
  /** ABS-5: paid out with the salary. */
  paidMinutes: number;
  /** ABS-5: taken as on-call compensation leave, mostly in the placement where earned. */
  leaveMinutes: number;
}

/** ABS-5: earned on-call compensation split into pay (paidPercent, 30 by default) and leave (the rest); the paid part rounded to whole minutes. */
export function onCallSplit(earnedMinutes: number, paidPercent: number = DEFAULT_ON_CALL_PAID_PERCENT): OnCallSplit {
  const paidMinutes = Math.round((earnedMinutes * paidPercent) / 100);
  return { earnedMinutes, paidMinutes, leaveMinutes: earnedMinutes - paidMinutes };
}

export interface OnCallBalance {
  earnedMinutes: number;
  paidMinutes: number;
  leaveMinutes: number;
  takenMinutes: number;
  /** ABS-5: leave earned and not taken; paid out when BT ends. */
  leftMinutes: number;
}

/** ABS-5: a trainee's on-call compensation over their placements: each placement split on its own, leave taken subtracted. */
export function onCallBalance(
  placements: readonly { earnedMinutes: number; takenMinutes: number }[],
  paidPercent: number = DEFAULT_ON_CALL_PAID_PERCENT,
): OnCallBalance {
  const total = { earnedMinutes: 0, paidMinutes: 0, leaveMinutes: 0, takenMinutes: 0, leftMinutes: 0 };
  for (const placement of placements) {
    const split = onCallSplit(placement.earnedMinutes, paidPercent);
    total.earnedMinutes += split.earnedMinutes;
    total.paidMinutes += split.paidMinutes;
    total.leaveMinutes += split.leaveMinutes;
    total.takenMinutes += placement.takenMinutes;
  }
  total.leftMinutes = total.leaveMinutes - total.takenMinutes;
  return total;
}

/** ABS-5: a configured split: the paid share a whole percent 0–100. */
export function onCallSplitProblems(paidPercent: number): Problem[] {
  if (Number.isInteger(paidPercent) && paidPercent >= 0 && paidPercent <= 100) return [];
  return [
    problem('ON_CALL_SPLIT_INVALID', 'Ange den utbetalda andelen som ett helt antal procent, 0–100 (t.ex. 30).', { rule: 'ABS-5', field: 'paidPercent' }),
  ];
}

function hoursProblem(field: string, hours: number, min: number): Problem[] {
  if (Number.isFinite(hours) && Number.isInteger(hours * 4) && hours >= min && Math.abs(hours) <= MAX_COMPENSATION_HOURS) return [];
  return [
    problem(
      'COMPENSATION_HOURS_INVALID',
      `Ange timmarna i kvartstimmar (t.ex. 7,75), ${min < 0 ? `mellan −${MAX_COMPENSATION_HOURS}` : 'mellan 0'} och ${MAX_COMPENSATION_HOURS}.`,
      {
        field,
        params: { max: MAX_COMPENSATION_HOURS },
      },
    ),
  ];
}

/** ABS-7: a placement's flex balance as entered: quarter hours, negative for a debt. */
export function flexBalanceProblems(hours: number): Problem[] {
  return hoursProblem('hours', hours, -MAX_COMPENSATION_HOURS).map((p) => ({ ...p, rule: 'ABS-7' }));
}

/**
 * ABS-5: a placement's on-call compensation as entered: earned and leave taken in quarter hours, 0 or
 * more; the leave taken over all the trainee's placements may not exceed the leave they earned
 * (`balanceAfter`: the trainee's balance with this entry).
 */
export function onCallHoursProblems(draft: { earnedHours: number; takenLeaveHours: number }, balanceAfter?: OnCallBalance): Problem[] {
  const problems: Problem[] = [...hoursProblem('earnedHours', draft.earnedHours, 0), ...hoursProblem('takenLeaveHours', draft.takenLeaveHours, 0)].map((p) => ({
    ...p,
    rule: 'ABS-5',
  }));
  if (problems.length === 0 && balanceAfter && balanceAfter.leftMinutes < 0) {
    problems.push(
      problem(
        'ON_CALL_LEAVE_EXCEEDS_EARNED',
        `Uttagen jourkompledighet blir ${formatHours(balanceAfter.takenMinutes)} timmar men bara ${formatHours(balanceAfter.leaveMinutes)} timmar har tjänats in som ledighet. Kontrollera uttaget.`,
        { rule: 'ABS-5', field: 'takenLeaveHours', params: { takenHours: balanceAfter.takenMinutes / 60, leaveHours: balanceAfter.leaveMinutes / 60 } },
      ),
    );
  }
  return problems;
}

/** Minutes as hours in Swedish, e.g. 90 → "1,5". */
export function formatHours(minutes: number): string {
  return (Math.round((minutes / 60) * 100) / 100).toLocaleString('sv-SE');
}

/** ABS-5: the period of employment ends the payout list covers: its first day not after its last. */
export function payoutPeriodProblems(endingFrom: string, endingTo: string): Problem[] {
  if (endingFrom <= endingTo) return [];
  return [
    problem('PAYOUT_PERIOD_REVERSED', `Perioden börjar (${endingFrom}) efter att den slutar (${endingTo}). Byt plats på datumen.`, {
      rule: 'ABS-5',
      field: 'endingFrom',
      params: { endingFrom, endingTo },
    }),
  ];
}

import { AbsenceKind, absencePeriods, AbsenceStatus, DEFAULT_SICK_LEAVE_RULES, HEALTH_ABSENCE_KINDS, type AbsencePeriod } from './absence-rules';
import { addDays, addMonths, daysBetween, maxDate, minDate, type IsoDate } from './iso-date';

/**
 * ABS-1, ABS-2, ABS-8, ABS-10: a trainee's BT service net of absence. Every calendar day of the
 * employment is a day of service, less the part (per cent of full time) of it spent on absence that does
 * not count: parental leave (ABS-8), leave of absence (ABS-9), research leave (ABS-12, unpaid leave) and
 * long-term sick leave or VAB (ABS-10). Vacation and on-call compensation leave count as service (ABS-2),
 * as do sick leave and VAB of reasonable length (ABS-10: "förlänger som regel inte") and an external course
 * approved by the Director (ABS-12: approved only when it does not risk extension).
 */

/** BT's norm: 12 months of service (ABS-1, EMP-1). */
export const SERVICE_NORM_MONTHS = 12;
/** ABS-1: the regulation's minimum of clinical service. */
export const SERVICE_MINIMUM_MONTHS = 6;
/** The projection stops looking this many days after the employment's end (an absence cannot run past the end). */
const PROJECTION_HORIZON_DAYS = 5 * 366;

/** Absence kinds that never count as service. */
export const NON_SERVICE_ABSENCE_KINDS: readonly AbsenceKind[] = [AbsenceKind.PARENTAL_LEAVE, AbsenceKind.LEAVE_OF_ABSENCE, AbsenceKind.RESEARCH_LEAVE];

export interface LedgerPlacement {
  id: string;
  startDate: IsoDate;
  endDate: IsoDate;
}

export interface ServiceLedgerInput {
  employmentStart: IsoDate;
  employmentEnd: IsoDate;
  today: IsoDate;
  /** Approved absences (and, for a projection, the proposed one as if approved). */
  absences: readonly AbsencePeriod[];
  placements?: readonly LedgerPlacement[];
  /** ABS-10: a continuous sick-leave or VAB period of at least this many days does not count as service. */
  longTermSickDays?: number;
}

export interface PlacementLedger {
  placementId: string;
  /** Days of absence of every kind in the placement, by per cent of full time (vacation 5 days at 100 % = 5). */
  absenceDays: number;
  /** Of those, the days that do not count as service. */
  nonServiceDays: number;
  /** Days of service in the placement net of the absence that does not count. */
  serviceDays: number;
}

export interface ServiceLedger {
  /** Calendar days of 12 months from the employment's start (365, or 366 over a 29 February). */
  requiredDays: number;
  /** ABS-1: calendar days of the 6-month minimum. */
  minimumDays: number;
  /** Days of service from the employment's start up to and including today (or the end), net of absence that does not count. */
  serviceDaysToDate: number;
  /** Days of service over the whole employment, absences planned ahead included. */
  serviceDaysInEmployment: number;
  /** Days of absence over the employment that do not count as service. */
  nonServiceDays: number;
  /** The day 12 months of service are reached, at full time after the employment's end. */
  twelveMonthsReachedOn: IsoDate;
  /** Days past the employment's end the 12 months need (0 when they fit). */
  extensionDays: number;
  /** ABS-1: the day the 6-month minimum is reached. */
  sixMonthMinimumReachedOn: IsoDate;
  /** ABS-1: whether the 6-month minimum is reached within the employment. */
  sixMonthMinimumMet: boolean;
  /** ABS-8, ABS-10: parental leave or long-term sick leave/VAB: an individual plan for extension is needed. */
  extensionPlanNeeded: boolean;
  /** The kinds of absence that call for it. */
  extensionPlanReasons: AbsenceKind[];
  placements: PlacementLedger[];
}

/** Hundredths of a day, so part days add up without rounding errors. */
type Hundredths = number;

const toDays = (hundredths: Hundredths) => Math.round(hundredths) / 100;

/** ABS-10: the health absences (sick leave, VAB) that lie in a continuous period of at least `longTermSickDays`. */
function longTermHealthAbsences(absences: readonly AbsencePeriod[], longTermSickDays: number): Set<AbsencePeriod> {
  const facts = absences.map((absence, index) => ({ ...absence, id: String(index), status: AbsenceStatus.APPROVED }));
  const long = absencePeriods(facts, HEALTH_ABSENCE_KINDS).filter((period) => period.days >= longTermSickDays);
  return new Set(
    absences.filter(
      (absence) =>
        HEALTH_ABSENCE_KINDS.includes(absence.kind) && long.some((period) => period.startDate <= absence.startDate && absence.endDate <= period.endDate),
    ),
  );
}

/** Per day (ISO date), the per cent of full time on absence, all kinds and the part that does not count; capped at 100. */
function absenceByDay(absences: readonly AbsencePeriod[], longSick: Set<AbsencePeriod>): { all: Map<IsoDate, number>; nonService: Map<IsoDate, number> } {
  const all = new Map<IsoDate, number>();
  const nonService = new Map<IsoDate, number>();
  for (const absence of absences) {
    const counts = !NON_SERVICE_ABSENCE_KINDS.includes(absence.kind) && !longSick.has(absence);
    for (let day = absence.startDate; day <= absence.endDate; day = addDays(day, 1)) {
      all.set(day, Math.min(100, (all.get(day) ?? 0) + absence.percent));
      if (!counts) nonService.set(day, Math.min(100, (nonService.get(day) ?? 0) + absence.percent));
    }
  }
  return { all, nonService };
}

/** ABS-8, ABS-10: the kinds that call for an individual plan for extension: parental leave, long-term sick leave or VAB. */
function extensionReasons(absences: readonly AbsencePeriod[], longSick: Set<AbsencePeriod>): AbsenceKind[] {
  const reasons = new Set<AbsenceKind>();
  for (const absence of absences) {
    if (absence.kind === AbsenceKind.PARENTAL_LEAVE || longSick.has(absence)) reasons.add(absence.kind);
  }
  return [...reasons].sort();
}

/** ABS-1, ABS-2: the service ledger of one trainee (a pure function: the caller passes today). */
export function serviceLedger(input: ServiceLedgerInput): ServiceLedger {
  const { employmentStart, employmentEnd, today } = input;
  const longTermSickDays = input.longTermSickDays ?? DEFAULT_SICK_LEAVE_RULES.longTermDays;
  const longSick = longTermHealthAbsences(input.absences, longTermSickDays);
  const { all, nonService } = absenceByDay(input.absences, longSick);
  const requiredDays = daysBetween(employmentStart, addMonths(employmentStart, SERVICE_NORM_MONTHS));
  const minimumDays = daysBetween(employmentStart, addMonths(employmentStart, SERVICE_MINIMUM_MONTHS));

  let credit: Hundredths = 0;
  let toDate: Hundredths = 0;
  let inEmployment: Hundredths = 0;
  let lost: Hundredths = 0;
  let twelveMonthsReachedOn: IsoDate | undefined;
  let sixMonthMinimumReachedOn: IsoDate | undefined;
  const lastToDate = minDate(today, employmentEnd);
  const horizon = addDays(employmentEnd, PROJECTION_HORIZON_DAYS);
  for (let day = employmentStart; day <= horizon && !twelveMonthsReachedOn; day = addDays(day, 1)) {
    const withinEmployment = day <= employmentEnd;
    const served = 100 - (withinEmployment ? (nonService.get(day) ?? 0) : 0);
    credit += served;
    if (withinEmployment) {
      inEmployment += served;
      lost += 100 - served;
      if (day <= lastToDate) toDate += served;
    }
    if (!sixMonthMinimumReachedOn && credit >= minimumDays * 100) sixMonthMinimumReachedOn = day;
    if (credit >= requiredDays * 100) twelveMonthsReachedOn = day;
  }
  // the rest of the employment, when 12 months were reached before its end (no absence that does not count)
  if (twelveMonthsReachedOn && twelveMonthsReachedOn < employmentEnd) {
    for (let day = addDays(twelveMonthsReachedOn, 1); day <= employmentEnd; day = addDays(day, 1)) {
      const served = 100 - (nonService.get(day) ?? 0);
      inEmployment += served;
      lost += 100 - served;
      if (day <= lastToDate) toDate += served;
    }
  }
  const reached = twelveMonthsReachedOn ?? horizon;
  const sixReached = sixMonthMinimumReachedOn ?? horizon;

  const placements = (input.placements ?? []).map((placement): PlacementLedger => {
    let absent: Hundredths = 0;
    let notCounted: Hundredths = 0;
    let length = 0;
    const from = maxDate(placement.startDate, employmentStart);
    const to = minDate(placement.endDate, employmentEnd);
    for (let day = from; day <= to; day = addDays(day, 1)) {
      absent += all.get(day) ?? 0;
      notCounted += nonService.get(day) ?? 0;
      length += 1;
    }
    return { placementId: placement.id, absenceDays: toDays(absent), nonServiceDays: toDays(notCounted), serviceDays: toDays(length * 100 - notCounted) };
  });

  const reasons = extensionReasons(input.absences, longSick);
  return {
    requiredDays,
    minimumDays,
    serviceDaysToDate: toDays(toDate),
    serviceDaysInEmployment: toDays(inEmployment),
    nonServiceDays: toDays(lost),
    twelveMonthsReachedOn: reached,
    extensionDays: Math.max(0, daysBetween(employmentEnd, reached)),
    sixMonthMinimumReachedOn: sixReached,
    sixMonthMinimumMet: sixReached <= employmentEnd,
    extensionPlanNeeded: reasons.length > 0,
    extensionPlanReasons: reasons,
    placements,
  };
}

/** ABS-12: the effect on the 12 months of service of approving `proposed` on top of the approved absences. */
export interface ServiceProjection {
  before: ServiceLedger;
  after: ServiceLedger;
  /** Days the day of 12 months of service moves (0 when the absence counts as service). */
  daysLater: number;
}

export function projectAbsence(input: ServiceLedgerInput, proposed: AbsencePeriod): ServiceProjection {
  const before = serviceLedger(input);
  const after = serviceLedger({ ...input, absences: [...input.absences, proposed] });
  return { before, after, daysLater: daysBetween(before.twelveMonthsReachedOn, after.twelveMonthsReachedOn) };
}

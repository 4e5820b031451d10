import { addDays, addMonths, daysBetween, minDate, mondayOfIsoWeek, type IsoDate } from './iso-date';
import { employmentEndDate } from './cohort';
import {
  ACUTE_CARE_KINDS,
  consecutivePeriods,
  placementLocation,
  PLACEMENT_KIND_NAMES,
  PRIMARY_CARE_KINDS,
  PlacementKind,
  type ScheduledPeriod,
} from './placement-schedule';
import { EmploymentForm, RegionPart, SiteCode, UnitKind } from './organisation';
import { problem, type Problem } from './problem';
import { textFieldProblems } from './text-rules';

/**
 * A region's template for the individual training plan (EDU-1, EDU-5): the placements in order with
 * their months, and the summer vacation (ABS-4) as consecutive weeks from an ISO week. Configuration
 * of the region, passed in as data; Kronoberg's is in KRONOBERG_TEMPLATE's rows of education.
 */
export interface PlanTemplate {
  placements: readonly { kind: PlacementKind; months: number }[];
  /** ABS-4: the summer vacation, `weeks` consecutive weeks from the Monday of ISO week `startWeek`. */
  summerVacation: { startWeek: number; weeks: number };
}

/** A period of the plan: a placement, or planned vacation (which is no placement, and no gap). */
export interface PlanPeriod {
  kind: PlacementKind | 'VACATION';
  startDate: IsoDate;
  /** Inclusive last day. */
  endDate: IsoDate;
}

/**
 * How a check's finding is handled:
 * - REFUSE: no change may leave the plan so (a trainee cannot be in two places, nor serve outside the employment);
 * - BLOCKS_CONFIRMATION: allowed while drafting and shown, but the plan cannot be confirmed (the regulation's minimums);
 * - NEEDS_REASON: a deviation (EDU-2) that is allowed with a recorded reason when the plan is confirmed.
 */
export enum PlanCheckSeverity {
  REFUSE = 'REFUSE',
  BLOCKS_CONFIRMATION = 'BLOCKS_CONFIRMATION',
  NEEDS_REASON = 'NEEDS_REASON',
}

export interface PlanFinding extends Problem {
  severity: PlanCheckSeverity;
}

/** HSLF-FS 2021:8 (EDU-1): at least 3 months of primary care and 3 of acute care; ABS-1: at least 6 months of clinical service. */
export const MIN_PRIMARY_CARE_MONTHS = 3;
export const MIN_ACUTE_CARE_MONTHS = 3;
export const MIN_CLINICAL_SERVICE_MONTHS = 6;

/** Calendar months from `startDate` to the inclusive `endDate`: whole months, and the rest as days / 30, to one decimal. */
export function periodMonths(startDate: IsoDate, endDate: IsoDate): number {
  const after = addDays(endDate, 1);
  let months = 0;
  while (addMonths(startDate, months + 1) <= after) months += 1;
  const rest = daysBetween(addMonths(startDate, months), after);
  return Math.round((months + rest / 30) * 10) / 10;
}

function monthsOf(periods: readonly PlanPeriod[], kinds: readonly PlanPeriod['kind'][]): number {
  return Math.round(periods.filter((p) => kinds.includes(p.kind)).reduce((total, p) => total + periodMonths(p.startDate, p.endDate), 0) * 10) / 10;
}

function finding(severity: PlanCheckSeverity, code: string, message: string, rule: string, params: Record<string, string | number>): PlanFinding {
  return { ...problem(code, message, { rule, params }), severity };
}

/** The regulation's minimums a plan must reach before it is confirmed. */
const MINIMUMS: { kinds: readonly PlanPeriod['kind'][]; months: number; code: string; rule: string; message: (months: number) => string }[] = [
  {
    kinds: PRIMARY_CARE_KINDS,
    months: MIN_PRIMARY_CARE_MONTHS,
    code: 'PLAN_PRIMARY_CARE_TOO_SHORT',
    rule: 'EDU-1',
    message: (months) =>
      `Planen har ${months} månaders primärvård; föreskrifterna kräver minst ${MIN_PRIMARY_CARE_MONTHS}. Förläng eller lägg till en placering i primärvården.`,
  },
  {
    kinds: ACUTE_CARE_KINDS,
    months: MIN_ACUTE_CARE_MONTHS,
    code: 'PLAN_ACUTE_CARE_TOO_SHORT',
    rule: 'EDU-1',
    message: (months) =>
      `Planen har ${months} månaders akut sjukvård (internmedicin och kirurgi); föreskrifterna kräver minst ${MIN_ACUTE_CARE_MONTHS}. Förläng eller lägg till en sådan placering.`,
  },
  {
    kinds: Object.values(PlacementKind),
    months: MIN_CLINICAL_SERVICE_MONTHS,
    code: 'PLAN_CLINICAL_SERVICE_TOO_SHORT',
    rule: 'ABS-1',
    message: (months) =>
      `Planen har ${months} månaders klinisk tjänstgöring; det krävs minst ${MIN_CLINICAL_SERVICE_MONTHS}. Lägg till eller förläng placeringar.`,
  },
];

/**
 * The checks of a trainee's plan (EDU-1, ABS-1, ABS-4, EDU-2) against the employment from
 * `employmentStart` to the inclusive `employmentEnd`. Each finding says what to do, in Swedish.
 */
export function trainingPlanFindings(periods: readonly PlanPeriod[], employmentStart: IsoDate, employmentEnd: IsoDate): PlanFinding[] {
  const findings: PlanFinding[] = [];
  const sorted = [...periods].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));

  for (const period of sorted) {
    if (period.endDate < period.startDate) {
      findings.push(
        finding(
          PlanCheckSeverity.REFUSE,
          'PLAN_PERIOD_ENDS_BEFORE_START',
          `En period slutar ${period.endDate}, före sin start ${period.startDate}. Ange ett slutdatum efter startdatumet.`,
          'EDU-5',
          {
            startDate: period.startDate,
            endDate: period.endDate,
          },
        ),
      );
    } else if (period.startDate < employmentStart || period.endDate > employmentEnd) {
      findings.push(
        finding(
          PlanCheckSeverity.REFUSE,
          'PLAN_PERIOD_OUTSIDE_EMPLOYMENT',
          `Perioden ${period.startDate}–${period.endDate} ligger utanför anställningen ${employmentStart}–${employmentEnd}. Flytta den inom anställningen, eller ändra anställningens datum först.`,
          'EMP-1',
          { startDate: period.startDate, endDate: period.endDate, employmentStart, employmentEnd },
        ),
      );
    }
  }

  for (let i = 1; i < sorted.length; i += 1) {
    const before = sorted[i - 1];
    const after = sorted[i];
    if (after.startDate <= before.endDate) {
      findings.push(
        finding(
          PlanCheckSeverity.REFUSE,
          'PLAN_PERIODS_OVERLAP',
          `Perioderna ${before.startDate}–${before.endDate} och ${after.startDate}–${after.endDate} överlappar. Korta eller flytta den ena så att de inte delar någon dag.`,
          'EDU-1',
          { firstStart: before.startDate, firstEnd: before.endDate, secondStart: after.startDate, secondEnd: after.endDate },
        ),
      );
    } else if (addDays(before.endDate, 1) < after.startDate) {
      const from = addDays(before.endDate, 1);
      const to = addDays(after.startDate, -1);
      findings.push(
        finding(
          PlanCheckSeverity.NEEDS_REASON,
          'PLAN_GAP',
          `Planen har ett glapp ${from}–${to} utan placering eller planerad semester. Fyll glappet, eller ange skälet när planen fastställs.`,
          'EDU-1',
          { from, to },
        ),
      );
    }
  }

  const first = sorted[0];
  const lastEnd = sorted.reduce<IsoDate | undefined>((latest, p) => (!latest || p.endDate > latest ? p.endDate : latest), undefined);
  if (!first || first.startDate > employmentStart || (lastEnd !== undefined && lastEnd < employmentEnd)) {
    findings.push(
      finding(
        PlanCheckSeverity.NEEDS_REASON,
        'PLAN_NOT_COVERING_EMPLOYMENT',
        `Planen täcker inte hela anställningen ${employmentStart}–${employmentEnd}. Lägg placeringar från första till sista dagen, eller ange skälet när planen fastställs.`,
        'EDU-1',
        { employmentStart, employmentEnd },
      ),
    );
  }

  for (const minimum of MINIMUMS) {
    const months = monthsOf(sorted, minimum.kinds);
    if (months < minimum.months) {
      findings.push(finding(PlanCheckSeverity.BLOCKS_CONFIRMATION, minimum.code, minimum.message(months), minimum.rule, { months, minimum: minimum.months }));
    }
  }
  const summer = summerWithin(employmentStart, employmentEnd);
  if (
    summer &&
    !sorted.some(
      (p) => p.kind === 'VACATION' && p.startDate >= summer.from && p.startDate <= summer.to && daysBetween(p.startDate, p.endDate) + 1 >= SUMMER_VACATION_DAYS,
    )
  ) {
    findings.push(
      finding(
        PlanCheckSeverity.NEEDS_REASON,
        'PLAN_SUMMER_VACATION_MISSING',
        `Planen har inte fyra veckors sammanhängande semester sommaren ${summer.from.slice(0, 4)}. Planera semestern, eller ange skälet när planen fastställs.`,
        'ABS-4',
        { year: summer.from.slice(0, 4) },
      ),
    );
  }
  return findings;
}

/** ABS-4: four consecutive weeks. */
const SUMMER_VACATION_DAYS = 28;

/** ABS-4: the first summer (vacation starting June–August) the employment spans in full, if any. */
function summerWithin(employmentStart: IsoDate, employmentEnd: IsoDate): { from: IsoDate; to: IsoDate } | undefined {
  const firstYear = Number(employmentStart.slice(0, 4));
  for (const year of [firstYear, firstYear + 1]) {
    const summer = { from: `${year}-06-01`, to: `${year}-08-31` };
    if (employmentStart <= summer.from && summer.to <= employmentEnd) return summer;
  }
  return undefined;
}

/**
 * EDU-1, ABS-4: a draft plan from the region's `template` for an employment from `employmentStart` to
 * the inclusive `employmentEnd`: the placements one after the other in the template's order and months;
 * the summer vacation (the first that begins within the employment) interrupts the placement it falls
 * in, which continues after it; the last placement ends with the employment.
 */
export function draftTrainingPlan(template: PlanTemplate, employmentStart: IsoDate, employmentEnd: IsoDate): PlanPeriod[] {
  const startYear = Number(employmentStart.slice(0, 4));
  const vacationStart = [startYear, startYear + 1]
    .map((year) => mondayOfIsoWeek(year, template.summerVacation.startWeek))
    .find((monday) => monday >= employmentStart && monday <= employmentEnd);
  const vacationEnd = vacationStart && addDays(vacationStart, template.summerVacation.weeks * 7 - 1);

  const periods: PlanPeriod[] = [];
  let shift = 0;
  const laidOut: ScheduledPeriod[] = consecutivePeriods(
    employmentStart,
    template.placements.map(({ kind, months }) => [kind, months] as const),
  );
  for (const scheduled of laidOut) {
    const startDate = addDays(scheduled.startDate, shift);
    const endDate = addDays(scheduled.endDate, shift);
    if (vacationStart && vacationEnd && shift === 0 && vacationStart <= endDate) {
      const vacationDays = daysBetween(vacationStart, vacationEnd) + 1;
      if (startDate < vacationStart) periods.push({ kind: scheduled.kind, startDate, endDate: addDays(vacationStart, -1) });
      periods.push({ kind: 'VACATION', startDate: vacationStart, endDate: vacationEnd });
      shift = vacationDays;
      periods.push({ kind: scheduled.kind, startDate: addDays(vacationEnd, 1), endDate: addDays(endDate, shift) });
    } else {
      periods.push({ kind: scheduled.kind, startDate, endDate });
    }
  }
  const inEmployment = periods.filter((p) => p.startDate <= employmentEnd);
  const last = inEmployment.at(-1);
  if (last) last.endDate = employmentEnd;
  return inEmployment;
}

/** EDU-5: a plan is a draft until the director of studies confirms it; any later change makes it a draft again. */
export enum TrainingPlanStatus {
  DRAFT = 'DRAFT',
  CONFIRMED = 'CONFIRMED',
}

/** EDU-5: the kinds of change the plan's log records. */
export enum TrainingPlanAction {
  CREATE_DRAFT = 'CREATE_DRAFT',
  CREATE_PLACEMENT = 'CREATE_PLACEMENT',
  UPDATE_PLACEMENT = 'UPDATE_PLACEMENT',
  SPLIT_PLACEMENT = 'SPLIT_PLACEMENT',
  DELETE_PLACEMENT = 'DELETE_PLACEMENT',
  ADD_VACATION = 'ADD_VACATION',
  UPDATE_VACATION = 'UPDATE_VACATION',
  DELETE_VACATION = 'DELETE_VACATION',
  CONFIRM = 'CONFIRM',
}

/**
 * EDU-1, EDU-2: whether a plan with these findings may be confirmed: never below the regulation's
 * minimums (nor with what every change refuses); a deviation (gap, employment not covered) only with
 * a recorded `reason`.
 */
export function confirmationProblems(findings: readonly PlanFinding[], reason: string | null | undefined): Problem[] {
  const blocking = findings.filter((f) => f.severity !== PlanCheckSeverity.NEEDS_REASON);
  if (blocking.length > 0) return blocking.map(({ severity: _severity, ...rest }) => rest);
  if (findings.length > 0 && !reason?.trim()) {
    return [
      problem('PLAN_DEVIATION_REASON_MISSING', 'Planen avviker från mallen (se kontrollerna). Skriv skälet till avvikelsen och fastställ igen.', {
        rule: 'EDU-2',
        field: 'reason',
      }),
    ];
  }
  return [];
}

/** EDU-5: a placement from `startDate` to `endDate` splits at `at` (the first day of the second part), which must lie within it, after its first day. */
export function splitProblems(startDate: IsoDate, endDate: IsoDate, at: IsoDate): Problem[] {
  if (at > startDate && at <= endDate) return [];
  return [
    problem(
      'SPLIT_DATE_OUTSIDE_PLACEMENT',
      `Delningsdagen ${at} ligger inte inom placeringen ${startDate}–${endDate} efter dess första dag. Välj en dag inom placeringen.`,
      {
        rule: 'EDU-5',
        field: 'at',
        params: { at, startDate, endDate },
      },
    ),
  ];
}

/**
 * ABS-4, EDU-5: planned vacation from `startDate` to the inclusive `endDate` as it is added or moved:
 * it starts no later than it ends, lies within the employment from `employmentStart` to the inclusive
 * `employmentEnd`, and shares no day with the plan's `otherVacations`. (That it shares no day with a
 * placement is the plan's own check, PLAN_PERIODS_OVERLAP.)
 */
export function plannedVacationProblems(
  vacation: { startDate: IsoDate; endDate: IsoDate },
  otherVacations: readonly { startDate: IsoDate; endDate: IsoDate }[],
  employmentStart: IsoDate,
  employmentEnd: IsoDate,
  /** Where the dates are in the request: `input.` when they come as an input, '' as arguments of their own. */
  fieldPrefix = 'input.',
): Problem[] {
  const { startDate, endDate } = vacation;
  if (endDate < startDate) {
    return [
      problem(
        'VACATION_ENDS_BEFORE_START',
        `Semestern slutar ${endDate}, före sin första dag ${startDate}. Ange en sista dag som inte ligger före första dagen.`,
        {
          rule: 'ABS-4',
          field: `${fieldPrefix}endDate`,
          params: { startDate, endDate },
        },
      ),
    ];
  }
  const problems: Problem[] = [];
  if (startDate < employmentStart || endDate > employmentEnd) {
    problems.push(
      problem(
        'VACATION_OUTSIDE_EMPLOYMENT',
        `Semestern ${startDate}–${endDate} ligger utanför anställningen ${employmentStart}–${employmentEnd}. Planera semestern inom anställningen.`,
        { rule: 'EMP-1', field: `${fieldPrefix}startDate`, params: { startDate, endDate, employmentStart, employmentEnd } },
      ),
    );
  }
  const other = otherVacations.find((o) => o.startDate <= endDate && startDate <= o.endDate);
  if (other) {
    problems.push(
      problem(
        'VACATION_OVERLAPS_VACATION',
        `Semestern ${startDate}–${endDate} överlappar semestern ${other.startDate}–${other.endDate} som redan är planerad. Välj dagar som inte redan är semester.`,
        { rule: 'ABS-4', field: `${fieldPrefix}startDate`, params: { startDate, endDate, otherStart: other.startDate, otherEnd: other.endDate } },
      ),
    );
  }
  return problems;
}

/** EDU-2: the longest reason recorded for a change or a deviation. */
export const MAX_PLAN_REASON_LENGTH = 1000;

/** EDU-2: a reason given with a change of the plan or its confirmation: optional, visible text, at most MAX_PLAN_REASON_LENGTH. */
export function planReasonProblems(reason: string | null | undefined): Problem[] {
  return textFieldProblems('reason', 'Skälet', reason, { required: false, maxLength: MAX_PLAN_REASON_LENGTH, multiline: true });
}

/** A unit as a placement's checks need it. */
export interface PlacementUnit {
  kind: UnitKind;
  siteCode: SiteCode;
  regionPart: RegionPart | null;
}

/** EDU-4: an acute placement may also be served at the emergency department or in the operating unit. */
const ACUTE_SERVICE_UNITS: readonly UnitKind[] = [UnitKind.EMERGENCY, UnitKind.OPERATING];

/**
 * EDU-2: a placement of `kind` at `unit` for a trainee of `mainSite`. A unit of another kind is refused
 * (the kind decides the regulation's months); a unit other than the template's location (inpatient at
 * the main site, primary care in its part of the region, psychiatry in Växjö) is a deviation, allowed
 * with a `reason`.
 */
export function placementUnitProblems(kind: PlacementKind, unit: PlacementUnit, mainSite: SiteCode, reason: string | null | undefined): Problem[] {
  const expected = placementLocation(kind, mainSite);
  const acute = ACUTE_CARE_KINDS.includes(kind) && ACUTE_SERVICE_UNITS.includes(unit.kind);
  if (unit.kind !== expected.unitKind && !acute) {
    return [
      problem(
        'PLACEMENT_UNIT_KIND_MISMATCH',
        `Enheten passar inte en placering i ${PLACEMENT_KIND_NAMES[kind].toLowerCase()}. Välj en enhet av rätt slag, eller ändra placeringens typ.`,
        {
          rule: 'EDU-2',
          field: 'input.unitId',
          params: { kind, unitKind: unit.kind },
        },
      ),
    ];
  }
  const deviates = unit.siteCode !== expected.site || (expected.regionPart !== undefined && unit.regionPart !== expected.regionPart);
  if (deviates && !reason?.trim()) {
    return [
      problem(
        'PLACEMENT_DEVIATION_REASON_MISSING',
        'Enheten avviker från regionens mall för BT-läkarens huvudort. Skriv skälet till avvikelsen och spara igen.',
        {
          rule: 'EDU-2',
          field: 'reason',
        },
      ),
    ];
  }
  return [];
}

/**
 * EMP-1: the last day a trainee's plan covers. A separate BT is the whole (fixed-term) employment; an
 * integrated BT is the first part of an ST employment, so its plan covers the 12 months from the start,
 * or less if the employment ends sooner.
 */
export function planEndDate(form: EmploymentForm, employmentStart: IsoDate, employmentEnd: IsoDate): IsoDate {
  return form === EmploymentForm.INTEGRATED ? minDate(employmentEnd, employmentEndDate(employmentStart)) : employmentEnd;
}

/**
 * EDU-5 (issue 11): when a trainee is employed (by an accepted offer or directly), a draft plan is made
 * from the region's template once: for each trainee still employed who has no plan (`planned`). A
 * trainee whose employment has ended, or who has a plan, is left as is.
 */
export function traineesToDraftAtEmployment<T extends { traineeId: string; employed: boolean }>(trainees: readonly T[], planned: ReadonlySet<string>): T[] {
  return trainees.filter((trainee) => trainee.employed && !planned.has(trainee.traineeId));
}

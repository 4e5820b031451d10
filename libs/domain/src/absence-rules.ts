import { addDays, addMonths, daysBetween, isIsoDate, type IsoDate } from './iso-date';
import { problem, type Problem } from './problem';
import { textFieldProblems } from './text-rules';

/**
 * ABS-1…ABS-12: a trainee's absence (FRÅNVARO, FÖRÄLDRALEDIGHET, TJÄNSTLEDIGHET, SJUKFRÅNVARO OCH VAB,
 * FORSKNING in seed 003). Whole days from startDate to endDate (inclusive), `percent` of full time each day.
 */
export enum AbsenceKind {
  /** Semester: counts as service (ABS-2). */
  VACATION = 'VACATION',
  /** Jourkompledighet: counts as service (ABS-2, ABS-5). */
  ON_CALL_COMPENSATION_LEAVE = 'ON_CALL_COMPENSATION_LEAVE',
  /** Sjukfrånvaro: health data (GDPR art. 9); counts as service unless long-term (ABS-10). */
  SICK_LEAVE = 'SICK_LEAVE',
  /** Vård av sjukt barn (VAB): health data; counts as service unless long-term (ABS-10). */
  CARE_OF_SICK_CHILD = 'CARE_OF_SICK_CHILD',
  /** Föräldraledighet: never service (ABS-8). */
  PARENTAL_LEAVE = 'PARENTAL_LEAVE',
  /** Annan tjänstledighet: generally not granted (ABS-9); not service. */
  LEAVE_OF_ABSENCE = 'LEAVE_OF_ABSENCE',
  /** Forskningsledighet: the Director's individual approval, unpaid (ABS-12); not service. */
  RESEARCH_LEAVE = 'RESEARCH_LEAVE',
  /** Extern kurs: the Director's approval, unpaid, must not risk extension (ABS-12); counts as service once approved. */
  EXTERNAL_COURSE = 'EXTERNAL_COURSE',
}

export enum AbsenceStatus {
  APPLIED = 'APPLIED',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
  WITHDRAWN = 'WITHDRAWN',
}

/** ABS-3, ABS-9, ABS-12: who decides an application. */
export enum AbsenceDecisionRoute {
  /** The head of the unit where the trainee is placed. */
  HEAD_OF_UNIT = 'HEAD_OF_UNIT',
  /** ABS-3: a vårdcentral in private primary care (vårdval): the head reports the decision, HR/payroll registers it. */
  PAYROLL_FOR_HEAD_OF_UNIT = 'PAYROLL_FOR_HEAD_OF_UNIT',
  /** ABS-9, ABS-12: the (deputy) Director individually, with a reason. */
  DIRECTOR = 'DIRECTOR',
  /** Issue 12 part 6: approved in the payroll/HR system and imported from its export (importAbsences). */
  IMPORTED = 'IMPORTED',
}

export const ABSENCE_KIND_NAMES: Record<AbsenceKind, string> = {
  [AbsenceKind.VACATION]: 'Semester',
  [AbsenceKind.ON_CALL_COMPENSATION_LEAVE]: 'Jourkompledighet',
  [AbsenceKind.SICK_LEAVE]: 'Sjukfrånvaro',
  [AbsenceKind.CARE_OF_SICK_CHILD]: 'Vård av sjukt barn',
  [AbsenceKind.PARENTAL_LEAVE]: 'Föräldraledighet',
  [AbsenceKind.LEAVE_OF_ABSENCE]: 'Tjänstledighet',
  [AbsenceKind.RESEARCH_LEAVE]: 'Forskningsledighet',
  [AbsenceKind.EXTERNAL_COURSE]: 'Extern kurs',
};

/** What someone without the right to health data sees instead of the kind of a sick-leave or VAB record. */
export const HIDDEN_ABSENCE_NAME = 'Frånvaro';

/** Sick leave and VAB are health data (GDPR art. 9): kind, note and reasons only for a few roles, every read audited. */
export const HEALTH_ABSENCE_KINDS: readonly AbsenceKind[] = [AbsenceKind.SICK_LEAVE, AbsenceKind.CARE_OF_SICK_CHILD];

/** ABS-9, ABS-12: decided by the (deputy) Director individually, never by a head of unit. */
export const DIRECTOR_DECIDED_ABSENCE_KINDS: readonly AbsenceKind[] = [AbsenceKind.LEAVE_OF_ABSENCE, AbsenceKind.RESEARCH_LEAVE, AbsenceKind.EXTERNAL_COURSE];

/** ABS-9, ABS-12: leave without pay. */
export const UNPAID_ABSENCE_KINDS: readonly AbsenceKind[] = DIRECTOR_DECIDED_ABSENCE_KINDS;

export function isHealthAbsence(kind: AbsenceKind): boolean {
  return HEALTH_ABSENCE_KINDS.includes(kind);
}

/** ABS-3, ABS-9, ABS-12: who decides an application of `kind` for a trainee placed at a unit in private primary care or not. */
export function absenceDecisionRoute(kind: AbsenceKind, privatePrimaryCare: boolean): AbsenceDecisionRoute {
  if (DIRECTOR_DECIDED_ABSENCE_KINDS.includes(kind)) return AbsenceDecisionRoute.DIRECTOR;
  return privatePrimaryCare ? AbsenceDecisionRoute.PAYROLL_FOR_HEAD_OF_UNIT : AbsenceDecisionRoute.HEAD_OF_UNIT;
}

export const ABSENCE_NOTE_MAX_LENGTH = 500;
export const ABSENCE_REASON_MAX_LENGTH = 1000;
/** ABS-8: parental leave is applied for at least this many months before it starts. */
export const PARENTAL_LEAVE_NOTICE_MONTHS = 3;

export interface AbsencePeriod {
  kind: AbsenceKind;
  startDate: IsoDate;
  endDate: IsoDate;
  /** Per cent of full time, 1–100. */
  percent: number;
}

export interface AbsenceDraft extends AbsencePeriod {
  note?: string | null;
}

/** A stored absence as the rules need it. */
export interface AbsenceRecordFacts extends AbsencePeriod {
  id: string;
  status: AbsenceStatus;
}

/** Applied or approved: it takes (or will take) the trainee's time. */
export function isAbsenceInForce(status: AbsenceStatus): boolean {
  return status === AbsenceStatus.APPLIED || status === AbsenceStatus.APPROVED;
}

function overlaps(a: { startDate: IsoDate; endDate: IsoDate }, b: { startDate: IsoDate; endDate: IsoDate }): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/**
 * An application's dates, extent and note: valid dates in order (ABSENCE_DATES_REVERSED), within the
 * employment (ABSENCE_OUTSIDE_EMPLOYMENT), a whole per cent 1–100 (ABSENCE_PERCENT_OUT_OF_RANGE), and on
 * no day more than full time together with the trainee's applied and approved absences (ABSENCE_OVERLAPS).
 */
export function absenceDraftProblems(
  draft: AbsenceDraft,
  employment: { employmentStart: IsoDate; employmentEnd: IsoDate },
  others: readonly AbsenceRecordFacts[],
): Problem[] {
  const problems: Problem[] = [];
  const validStart = isIsoDate(draft.startDate);
  const validEnd = isIsoDate(draft.endDate);
  if (!validStart) problems.push(problem('INVALID_DATE', 'Ange första dagen som ÅÅÅÅ-MM-DD.', { field: 'input.startDate' }));
  if (!validEnd) problems.push(problem('INVALID_DATE', 'Ange sista dagen som ÅÅÅÅ-MM-DD.', { field: 'input.endDate' }));
  if (!Number.isInteger(draft.percent) || draft.percent < 1 || draft.percent > 100) {
    problems.push(problem('ABSENCE_PERCENT_OUT_OF_RANGE', 'Ange omfattningen som hela procent av heltid, 1–100.', { field: 'input.percent' }));
  }
  problems.push(...textFieldProblems('input.note', 'Anteckningen', draft.note, { required: false, maxLength: ABSENCE_NOTE_MAX_LENGTH, multiline: true }));
  if (!validStart || !validEnd) return problems;
  if (draft.endDate < draft.startDate) {
    problems.push(problem('ABSENCE_DATES_REVERSED', 'Sista dagen kan inte vara före första dagen.', { field: 'input.endDate' }));
    return problems;
  }
  if (draft.startDate < employment.employmentStart || draft.endDate > employment.employmentEnd) {
    problems.push(
      problem('ABSENCE_OUTSIDE_EMPLOYMENT', `Frånvaron måste ligga inom anställningen, ${employment.employmentStart}–${employment.employmentEnd}.`, {
        field: 'input.startDate',
        params: { employmentStart: employment.employmentStart, employmentEnd: employment.employmentEnd },
      }),
    );
  }
  if (problems.length > 0) return problems;
  const clashing = others.filter((other) => isAbsenceInForce(other.status) && overlaps(other, draft));
  for (let day = draft.startDate; day <= draft.endDate; day = addDays(day, 1)) {
    const taken = clashing.filter((other) => other.startDate <= day && day <= other.endDate).reduce((sum, other) => sum + other.percent, 0);
    if (taken + draft.percent > 100) {
      problems.push(
        problem('ABSENCE_OVERLAPS', `Den ${day} är redan ${taken} % av heltiden sökt eller beviljad frånvaro; ändra datum eller omfattning.`, {
          field: 'input.startDate',
          params: { date: day, taken },
        }),
      );
      break;
    }
  }
  return problems;
}

/**
 * What the person applying (and the one deciding) should know, returned with the record; never a refusal:
 * ABS-8 parental leave applied for less than 3 months before it starts (PARENTAL_LEAVE_SHORT_NOTICE; the law
 * decides, not the rule); ABS-9 other leave of absence is generally not granted (LEAVE_OF_ABSENCE_NOT_GRANTED_GENERALLY);
 * ABS-12 research leave and external courses only with the Director's individual approval and unpaid
 * (DIRECTOR_APPROVAL_UNPAID).
 */
export function absenceWarnings(absence: { kind: AbsenceKind; startDate: IsoDate }, appliedOn: IsoDate): Problem[] {
  const warnings: Problem[] = [];
  if (absence.kind === AbsenceKind.PARENTAL_LEAVE) {
    const noticeBy = addMonths(appliedOn, PARENTAL_LEAVE_NOTICE_MONTHS);
    if (absence.startDate < noticeBy) {
      warnings.push(
        problem(
          'PARENTAL_LEAVE_SHORT_NOTICE',
          `Föräldraledighet ska sökas senast ${PARENTAL_LEAVE_NOTICE_MONTHS} månader innan den börjar; ansökan kom ${appliedOn}, ledigheten börjar ${absence.startDate}. Arbetsgivaren prövar enligt föräldraledighetslagen.`,
          { rule: 'ABS-8', field: 'input.startDate', params: { appliedOn, startDate: absence.startDate, months: PARENTAL_LEAVE_NOTICE_MONTHS } },
        ),
      );
    }
  }
  if (absence.kind === AbsenceKind.LEAVE_OF_ABSENCE) {
    warnings.push(
      problem(
        'LEAVE_OF_ABSENCE_NOT_GRANTED_GENERALLY',
        'Tjänstledighet beviljas i regel inte under BT; bara AT/BT-chefen kan bevilja den, med en motivering.',
        { rule: 'ABS-9', field: 'input.kind' },
      ),
    );
  }
  if (absence.kind === AbsenceKind.RESEARCH_LEAVE || absence.kind === AbsenceKind.EXTERNAL_COURSE) {
    warnings.push(
      problem('DIRECTOR_APPROVAL_UNPAID', 'Beviljas bara individuellt av AT/BT-chefen och i så fall som tjänstledighet utan lön.', {
        rule: 'ABS-12',
        field: 'input.kind',
      }),
    );
  }
  return warnings;
}

export interface AbsenceDecision {
  approve: boolean;
  reason?: string | null;
}

/**
 * A decision on an application: only an applied one (ABSENCE_NOT_APPLIED); a refusal gives its reason
 * (ABSENCE_REASON_REQUIRED); ABS-9, ABS-12: the Director's approval of leave of absence, research leave or an
 * external course gives its reason too; ABS-12: an external course is refused while the 12 months of service
 * would reach past the employment's end with it (EXTERNAL_COURSE_RISKS_EXTENSION; `extensionDaysIfApproved` from the ledger).
 */
export function absenceDecisionProblems(absence: AbsenceRecordFacts, decision: AbsenceDecision, extensionDaysIfApproved: number): Problem[] {
  const problems: Problem[] = [];
  if (absence.status !== AbsenceStatus.APPLIED) {
    problems.push(problem('ABSENCE_NOT_APPLIED', 'Ansökan är redan avgjord eller återtagen; läs in sidan igen.', { params: { status: absence.status } }));
    return problems;
  }
  const reasonRequired = !decision.approve || DIRECTOR_DECIDED_ABSENCE_KINDS.includes(absence.kind);
  const reasonProblems = textFieldProblems('reason', 'Motiveringen', decision.reason, {
    required: reasonRequired,
    maxLength: ABSENCE_REASON_MAX_LENGTH,
    multiline: true,
  });
  if (reasonRequired && !(decision.reason ?? '').trim()) {
    problems.push(
      problem(
        'ABSENCE_REASON_REQUIRED',
        decision.approve ? 'Skriv en motivering till det individuella beviljandet.' : 'Skriv varför ansökan avslås.',
        decision.approve ? { rule: absence.kind === AbsenceKind.LEAVE_OF_ABSENCE ? 'ABS-9' : 'ABS-12', field: 'reason' } : { field: 'reason' },
      ),
    );
  } else {
    problems.push(...reasonProblems);
  }
  if (decision.approve && absence.kind === AbsenceKind.EXTERNAL_COURSE && extensionDaysIfApproved > 0) {
    problems.push(
      problem(
        'EXTERNAL_COURSE_RISKS_EXTENSION',
        `Tjänstgöringstiden räcker inte inom anställningen (${extensionDaysIfApproved} dagar saknas); en extern kurs får inte riskera förlängning.`,
        {
          rule: 'ABS-12',
          params: { days: extensionDaysIfApproved },
        },
      ),
    );
  }
  return problems;
}

/** ABS-10, ABS-11: what counts as long-term and as repeated short-term sick leave. The region configures it. */
export interface SickLeaveRuleConfig {
  /** ABS-11: this many short sick-leave periods … */
  repeatedPeriods: number;
  /** … starting within this many months back from today flag repeated short-term sick leave. */
  repeatedWindowMonths: number;
  /** ABS-10: a continuous sick-leave or VAB period of at least this many calendar days is long-term absence. */
  longTermDays: number;
}

/** Defaults: 6 periods in 12 months (as the region's rehab system, Adato, flags them); long-term from 60 days (plan for return to work). */
export const DEFAULT_SICK_LEAVE_RULES: SickLeaveRuleConfig = { repeatedPeriods: 6, repeatedWindowMonths: 12, longTermDays: 60 };

export interface SickLeavePeriod {
  startDate: IsoDate;
  endDate: IsoDate;
  days: number;
}

/** Continuous periods of the given kinds (applied or approved), adjacent or overlapping records merged, in date order. */
export function absencePeriods(absences: readonly AbsenceRecordFacts[], kinds: readonly AbsenceKind[]): SickLeavePeriod[] {
  const records = absences
    .filter((absence) => kinds.includes(absence.kind) && isAbsenceInForce(absence.status))
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const periods: { startDate: IsoDate; endDate: IsoDate }[] = [];
  for (const record of records) {
    const last = periods[periods.length - 1];
    if (last && record.startDate <= addDays(last.endDate, 1)) {
      if (record.endDate > last.endDate) last.endDate = record.endDate;
    } else {
      periods.push({ startDate: record.startDate, endDate: record.endDate });
    }
  }
  return periods.map((period) => ({ ...period, days: daysBetween(period.startDate, period.endDate) + 1 }));
}

export interface SickLeaveFlags {
  /** ABS-11: short sick-leave periods starting in the window. */
  shortTermPeriods: number;
  /** ABS-11: at least `repeatedPeriods` of them: the (deputy) Director decides whether rehabilitation starts. */
  repeatedShortTermSickLeave: boolean;
  /** ABS-10: the longest sick-leave or VAB period, when long-term: a rehabilitation plan is required. */
  longTermPeriod: SickLeavePeriod | null;
}

/** ABS-10, ABS-11 on a trainee's absences as of `today`. */
export function sickLeaveFlags(
  absences: readonly AbsenceRecordFacts[],
  today: IsoDate,
  config: SickLeaveRuleConfig = DEFAULT_SICK_LEAVE_RULES,
): SickLeaveFlags {
  const windowStart = addMonths(today, -config.repeatedWindowMonths);
  const short = absencePeriods(absences, [AbsenceKind.SICK_LEAVE]).filter(
    (period) => period.days < config.longTermDays && period.startDate > windowStart && period.startDate <= today,
  );
  const long = absencePeriods(absences, HEALTH_ABSENCE_KINDS)
    .filter((period) => period.days >= config.longTermDays)
    .sort((a, b) => b.days - a.days)[0];
  return { shortTermPeriods: short.length, repeatedShortTermSickLeave: short.length >= config.repeatedPeriods, longTermPeriod: long ?? null };
}

/** A rule configuration from numbers as given (e.g. the environment): each a positive whole number, else its default. */
export function sickLeaveRuleConfig(values: Partial<Record<keyof SickLeaveRuleConfig, number | undefined>>): SickLeaveRuleConfig {
  const pick = (key: keyof SickLeaveRuleConfig) => {
    const value = values[key];
    return value !== undefined && Number.isInteger(value) && value > 0 ? value : DEFAULT_SICK_LEAVE_RULES[key];
  };
  return { repeatedPeriods: pick('repeatedPeriods'), repeatedWindowMonths: pick('repeatedWindowMonths'), longTermDays: pick('longTermDays') };
}

export const REHABILITATION_PARTICIPANTS_MAX = 20;

/** ABS-10: a plan names its participants (REHABILITATION_PARTICIPANTS_REQUIRED: at least two, at most 20, each at most 200 characters). */
export function rehabilitationPlanProblems(plan: { participants: readonly string[]; note?: string | null }): Problem[] {
  const problems: Problem[] = [];
  const names = plan.participants.map((name) => name.trim()).filter((name) => name.length > 0);
  if (names.length < 2 || names.length > REHABILITATION_PARTICIPANTS_MAX) {
    problems.push(
      problem(
        'REHABILITATION_PARTICIPANTS_REQUIRED',
        `Ange vilka som deltar i rehabiliteringsplanen (2–${REHABILITATION_PARTICIPANTS_MAX}), t.ex. HR, (bitr.) AT/BT-chef, klinikledning, handledare och BT-läkaren.`,
        { rule: 'ABS-10', field: 'participants', params: { max: REHABILITATION_PARTICIPANTS_MAX } },
      ),
    );
  }
  plan.participants.forEach((name, index) =>
    problems.push(...textFieldProblems(`participants.${index}`, 'Deltagaren', name, { required: false, maxLength: 200 })),
  );
  problems.push(...textFieldProblems('note', 'Anteckningen', plan.note, { required: false, maxLength: ABSENCE_REASON_MAX_LENGTH, multiline: true }));
  return problems;
}

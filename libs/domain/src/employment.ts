import { addDays, addMonths, daysBetween, isIsoDate, minDate, type IsoDate } from './iso-date';
import { employmentEndDate } from './cohort';
import { EmploymentForm } from './organisation';
import { parsePersonalIdentityNumber } from './personal-identity-number';
import { problem, type Problem } from './problem';
import { textFieldProblems } from './text-rules';

/** Whether a period with an inclusive last day covers a date. */
export function coversDate(period: { startDate: IsoDate; endDate: IsoDate }, date: IsoDate): boolean {
  return period.startDate <= date && date <= period.endDate;
}

/** Employed on `today`: employmentStart <= today <= employmentEnd. */
export function isEmploymentActive(employmentStart: IsoDate, employmentEnd: IsoDate, today: IsoDate): boolean {
  return coversDate({ startDate: employmentStart, endDate: employmentEnd }, today);
}

/** EMP-1: still employed on `today`: the employment has not ended (it may not have started yet). */
export function isStillEmployed(employmentEnd: IsoDate, today: IsoDate): boolean {
  return today <= employmentEnd;
}

/**
 * Calendar months served from employmentStart through min(today, employmentEnd), both days counted,
 * with one decimal: whole months, then the part of the month under way by its days. 0 before the
 * start; a full 12-month employment (EMP-1) gives 12.0.
 */
export function monthsServed(employmentStart: IsoDate, employmentEnd: IsoDate, today: IsoDate): number {
  const until = addDays(minDate(today, employmentEnd), 1);
  if (until <= employmentStart) return 0;
  let whole = 0;
  while (addMonths(employmentStart, whole + 1) <= until) whole += 1;
  const monthStart = addMonths(employmentStart, whole);
  const fraction = daysBetween(monthStart, until) / daysBetween(monthStart, addMonths(employmentStart, whole + 1));
  return Math.round((whole + fraction) * 10) / 10;
}

export interface TraineeEmploymentDraft {
  givenName: string;
  familyName: string;
  personalIdentityNumber: string;
  employmentStart: IsoDate;
  employmentEnd: IsoDate;
  employmentForm: EmploymentForm;
  /** EMP-1: for a BT integrated in an ST employment, the unit of the ST employment (its head of unit appoints the HHL). */
  stUnitId?: string | null;
}

export interface TraineeEmploymentContext {
  /** The day the change is made (a personal identity number cannot be born later). */
  today: IsoDate;
  /** Site of the chosen cohort, when the cohort exists. */
  cohortSiteId?: string;
  siteId: string;
}

/**
 * Checks a trainee's employment (`input`) before it is saved. Returns the problems, empty when it may
 * be saved.
 * - names non-empty, at most 100 characters; the personal identity number valid (date and checksum,
 *   PERSONAL_IDENTITY_NUMBER_*)
 * - real dates (INVALID_DATE), employmentEnd after employmentStart (EMPLOYMENT_END_BEFORE_START)
 * - EMP-1: a separate (fixed-term) BT employment lasts 12 months: it may not end before
 *   employmentEndDate(start) (EMPLOYMENT_TOO_SHORT). It may end later, since an extension (EXT-4,
 *   EXT-5) lengthens it. An integrated BT (within ST) has no such end.
 * - the trainee's cohort is at the trainee's main site (COHORT_AT_OTHER_SITE)
 * - EMP-1: an integrated BT names the unit of the ST employment (ST_UNIT_REQUIRED), whose head of unit
 *   appoints the HHL (seed 004); a separate BT has none (its stUnitId is not kept)
 */
export function traineeEmploymentProblems(draft: TraineeEmploymentDraft, context: TraineeEmploymentContext): Problem[] {
  const problems = [
    ...textFieldProblems('input.givenName', 'Förnamnet', draft.givenName, { required: true, maxLength: 100 }),
    ...textFieldProblems('input.familyName', 'Efternamnet', draft.familyName, { required: true, maxLength: 100 }),
  ];
  const identity = parsePersonalIdentityNumber(draft.personalIdentityNumber, new Date(`${context.today}T12:00:00Z`));
  if (!identity.valid) problems.push(problem(identity.code, identity.reason, { field: 'input.personalIdentityNumber' }));
  const datesValid = isIsoDate(draft.employmentStart) && isIsoDate(draft.employmentEnd);
  if (!isIsoDate(draft.employmentStart)) {
    problems.push(
      problem('INVALID_DATE', 'Anställning från är inget giltigt datum: ange ÅÅÅÅ-MM-DD.', {
        field: 'input.employmentStart',
        params: { value: draft.employmentStart },
      }),
    );
  }
  if (!isIsoDate(draft.employmentEnd)) {
    problems.push(
      problem('INVALID_DATE', 'Anställning till är inget giltigt datum: ange ÅÅÅÅ-MM-DD.', {
        field: 'input.employmentEnd',
        params: { value: draft.employmentEnd },
      }),
    );
  }
  if (datesValid && draft.employmentEnd <= draft.employmentStart) {
    problems.push(problem('EMPLOYMENT_END_BEFORE_START', 'Anställning till måste vara efter anställning från.', { field: 'input.employmentEnd' }));
  } else if (datesValid && draft.employmentForm === EmploymentForm.SEPARATE && draft.employmentEnd < employmentEndDate(draft.employmentStart)) {
    const earliestEnd = employmentEndDate(draft.employmentStart);
    problems.push(
      problem(
        'EMPLOYMENT_TOO_SHORT',
        `En fristående BT-anställning är 12 månader och ska pågå till och med minst ${earliestEnd}; den kan förlängas men inte kortas.`,
        { rule: 'EMP-1', field: 'input.employmentEnd', params: { earliestEnd } },
      ),
    );
  }
  if (draft.employmentForm === EmploymentForm.INTEGRATED && !draft.stUnitId) {
    problems.push(
      problem('ST_UNIT_REQUIRED', 'BT inom ST-anställning: ange enheten där ST-anställningen finns; dess verksamhetschef utser huvudansvarig handledare.', {
        rule: 'EMP-1',
        field: 'input.stUnitId',
      }),
    );
  }
  if (context.cohortSiteId !== undefined && context.cohortSiteId !== context.siteId) {
    problems.push(
      problem('COHORT_AT_OTHER_SITE', 'Kullen hör till en annan huvudort än BT-läkarens. Välj en kull på samma huvudort.', { field: 'input.cohortId' }),
    );
  }
  return problems;
}

import { isIsoDate, type IsoDate } from './iso-date';
import { problem, type Problem } from './problem';
import { textFieldProblems } from './text-rules';

/**
 * EMP-2: salary is negotiated with the (deputy) Director within central guidelines, with an annual
 * dialogue. Money is in integer öre; a guideline is a monthly range per calendar year.
 */

/** Guideline years: BT exists since HSLF-FS 2021:8 (in force 2021-07-01). */
export const SALARY_GUIDELINE_YEARS = { min: 2021, max: 2100 };
export const SALARY_NOTE_MAX_LENGTH = 500;

export interface SalaryGuidelineRange {
  year: number;
  minMonthlyOre: number;
  maxMonthlyOre: number;
}

export interface SalaryGuidelineDraft extends SalaryGuidelineRange {
  note?: string | null;
}

export interface TraineeSalaryDraft {
  monthlyOre: number;
  validFrom: IsoDate;
  note?: string | null;
}

/** One negotiated salary in a trainee's history (a change adds one; none is ever overwritten). */
export interface SalaryDecision {
  id: string;
  monthlyOre: number;
  validFrom: IsoDate;
  decidedAt: Date;
}

function isPositiveOre(value: number): boolean {
  return Number.isInteger(value) && value > 0;
}

function noteProblems(note: string | null | undefined): Problem[] {
  return textFieldProblems('note', 'Anteckningen', note, { required: false, maxLength: SALARY_NOTE_MAX_LENGTH, multiline: true });
}

/** A note as stored: trimmed, and null when empty. */
export function salaryNote(note: string | null | undefined): string | null {
  return note?.trim() || null;
}

const RULE = 'EMP-2';

/**
 * EMP-2: a guideline range for one calendar year: a year from 2021 (SALARY_YEAR_OUT_OF_RANGE),
 * positive öre (SALARY_NOT_POSITIVE), min ≤ max (SALARY_RANGE_REVERSED), a note of at most 500 characters.
 */
export function salaryGuidelineProblems(draft: SalaryGuidelineDraft): Problem[] {
  const { min, max } = SALARY_GUIDELINE_YEARS;
  const problems: Problem[] = [];
  if (!Number.isInteger(draft.year) || draft.year < min || draft.year > max) {
    problems.push(problem('SALARY_YEAR_OUT_OF_RANGE', `Året måste vara mellan ${min} och ${max}.`, { rule: RULE, field: 'year', params: { min, max } }));
  }
  if (!isPositiveOre(draft.minMonthlyOre)) {
    problems.push(
      problem('SALARY_NOT_POSITIVE', 'Lägsta månadslön måste vara ett positivt heltal i öre, t.ex. 4200000 för 42 000 kr.', {
        rule: RULE,
        field: 'minMonthlyOre',
      }),
    );
  }
  if (!isPositiveOre(draft.maxMonthlyOre)) {
    problems.push(
      problem('SALARY_NOT_POSITIVE', 'Högsta månadslön måste vara ett positivt heltal i öre, t.ex. 4800000 för 48 000 kr.', {
        rule: RULE,
        field: 'maxMonthlyOre',
      }),
    );
  }
  if (isPositiveOre(draft.minMonthlyOre) && isPositiveOre(draft.maxMonthlyOre) && draft.minMonthlyOre > draft.maxMonthlyOre) {
    problems.push(
      problem('SALARY_RANGE_REVERSED', 'Lägsta månadslön får inte vara högre än högsta: byt plats på dem eller ändra en av dem.', {
        rule: RULE,
        field: 'minMonthlyOre',
        params: { minMonthlyOre: draft.minMonthlyOre, maxMonthlyOre: draft.maxMonthlyOre },
      }),
    );
  }
  return [...problems, ...noteProblems(draft.note)];
}

/**
 * EMP-2: a negotiated salary: positive öre (SALARY_NOT_POSITIVE), valid from a real date
 * (INVALID_DATE) within the trainee's employment or before it, agreed ahead of the start, so never
 * after its last day (SALARY_AFTER_EMPLOYMENT); a note of at most 500 characters.
 */
export function traineeSalaryProblems(draft: TraineeSalaryDraft, employment: { employmentEnd: IsoDate } | undefined): Problem[] {
  const problems: Problem[] = [];
  if (!isPositiveOre(draft.monthlyOre)) {
    problems.push(
      problem('SALARY_NOT_POSITIVE', 'Månadslönen måste vara ett positivt heltal i öre, t.ex. 4500000 för 45 000 kr.', { rule: RULE, field: 'monthlyOre' }),
    );
  }
  if (!isIsoDate(draft.validFrom)) {
    problems.push(
      problem('INVALID_DATE', `Gäller från "${draft.validFrom}" är inget giltigt datum: ange ÅÅÅÅ-MM-DD.`, {
        field: 'validFrom',
        params: { value: draft.validFrom },
      }),
    );
  } else if (employment && draft.validFrom > employment.employmentEnd) {
    problems.push(
      problem(
        'SALARY_AFTER_EMPLOYMENT',
        `Gäller från ${draft.validFrom} ligger efter anställningens slut ${employment.employmentEnd}: ange ett datum inom anställningen eller före den.`,
        { rule: RULE, field: 'validFrom', params: { validFrom: draft.validFrom, employmentEnd: employment.employmentEnd } },
      ),
    );
  }
  return [...problems, ...noteProblems(draft.note)];
}

/** EMP-2: the calendar year whose guideline a salary is held against: the year of its validFrom. */
export function salaryGuidelineYear(validFrom: IsoDate): number {
  return Number(validFrom.slice(0, 4));
}

/**
 * EMP-2: within the guideline when min ≤ monthlyOre ≤ max of the guideline for its validFrom year.
 * A salary outside it is allowed (negotiated), but not within; with no guideline for that year it is
 * not within either.
 */
export function isWithinSalaryGuideline(monthlyOre: number, guideline: SalaryGuidelineRange | undefined): boolean {
  return !!guideline && guideline.minMonthlyOre <= monthlyOre && monthlyOre <= guideline.maxMonthlyOre;
}

/**
 * EMP-2 history order: newest validFrom first; for the same validFrom the later decision first (it
 * corrects the earlier one, which stays in the history); the id last, so the order is total.
 */
export function newestSalaryFirst(a: SalaryDecision, b: SalaryDecision): number {
  if (a.validFrom !== b.validFrom) return a.validFrom < b.validFrom ? 1 : -1;
  const decided = b.decidedAt.getTime() - a.decidedAt.getTime();
  if (decided !== 0) return decided;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** EMP-2: the salary in force on `day`: the newest (as ordered by newestSalaryFirst) with validFrom ≤ day; none before the first. */
export function salaryInForce<T extends SalaryDecision>(history: readonly T[], day: IsoDate): T | undefined {
  return history.filter((salary) => salary.validFrom <= day).sort(newestSalaryFirst)[0];
}

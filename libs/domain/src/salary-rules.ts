import { isIsoDate, type IsoDate } from './iso-date';
import { textProblems } from './text-rules';

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

function noteProblems(note: string | null | undefined): string[] {
  return textProblems('Anteckningen (note)', note, { required: false, maxLength: SALARY_NOTE_MAX_LENGTH });
}

/** A note as stored: trimmed, and null when empty. */
export function salaryNote(note: string | null | undefined): string | null {
  return note?.trim() || null;
}

/** EMP-2: a guideline range for one calendar year: positive öre, min ≤ max, a note of at most 500 characters. */
export function salaryGuidelineProblems(draft: SalaryGuidelineDraft): string[] {
  const { min, max } = SALARY_GUIDELINE_YEARS;
  const problems: string[] = [];
  if (!Number.isInteger(draft.year) || draft.year < min || draft.year > max) problems.push(`Året (year) måste vara mellan ${min} och ${max}.`);
  if (!isPositiveOre(draft.minMonthlyOre)) problems.push('Lägsta månadslön (minMonthlyOre) måste vara ett positivt heltal i öre, t.ex. 4200000 för 42 000 kr.');
  if (!isPositiveOre(draft.maxMonthlyOre)) problems.push('Högsta månadslön (maxMonthlyOre) måste vara ett positivt heltal i öre, t.ex. 4800000 för 48 000 kr.');
  if (isPositiveOre(draft.minMonthlyOre) && isPositiveOre(draft.maxMonthlyOre) && draft.minMonthlyOre > draft.maxMonthlyOre) {
    problems.push('Lägsta månadslön (minMonthlyOre) får inte vara högre än högsta (maxMonthlyOre): byt plats på dem eller ändra en av dem.');
  }
  return [...problems, ...noteProblems(draft.note)];
}

/**
 * EMP-2: a negotiated salary: positive öre, valid from a real date within the trainee's employment or
 * before it (agreed ahead of the start), so never after its last day; a note of at most 500 characters.
 */
export function traineeSalaryProblems(draft: TraineeSalaryDraft, employment: { employmentEnd: IsoDate } | undefined): string[] {
  const problems: string[] = [];
  if (!isPositiveOre(draft.monthlyOre)) problems.push('Månadslönen (monthlyOre) måste vara ett positivt heltal i öre, t.ex. 4500000 för 45 000 kr.');
  if (!isIsoDate(draft.validFrom)) {
    problems.push(`Giltig från (validFrom) "${draft.validFrom}" är inget giltigt datum: ange ÅÅÅÅ-MM-DD.`);
  } else if (employment && draft.validFrom > employment.employmentEnd) {
    problems.push(
      `Giltig från (validFrom) ${draft.validFrom} ligger efter anställningens slut ${employment.employmentEnd}: ange ett datum inom anställningen eller före den.`,
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

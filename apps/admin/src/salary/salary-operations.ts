/** EMP-2: salaries, visible only to the Director, the deputy and HR; every read and change is audited by the server. */
export const TRAINEE_SALARIES = `query ($traineeId: ID!) { traineeSalaries(traineeId: $traineeId) {
  id monthlyOre validFrom decidedAt note withinGuideline decidedBy { id name } } }`;

export const SET_TRAINEE_SALARY = `mutation ($traineeId: ID!, $monthlyOre: Int!, $validFrom: Date!, $note: String) {
  setTraineeSalary(traineeId: $traineeId, monthlyOre: $monthlyOre, validFrom: $validFrom, note: $note) { id } }`;

export const SALARY_GUIDELINES = `query { salaryGuidelines { id year minMonthlyOre maxMonthlyOre note version } }`;

/** Replacing a year's guideline sends the version read with the list; someone else's change meanwhile → CONFLICT. */
export const SET_SALARY_GUIDELINE = `mutation ($year: Int!, $minMonthlyOre: Int!, $maxMonthlyOre: Int!, $note: String, $version: Int) {
  setSalaryGuideline(year: $year, minMonthlyOre: $minMonthlyOre, maxMonthlyOre: $maxMonthlyOre, note: $note, version: $version) { id } }`;

export interface TraineeSalary {
  id: string;
  monthlyOre: number;
  validFrom: string;
  decidedAt: string;
  note: string | null;
  withinGuideline: boolean;
  decidedBy: { name: string };
}

export interface SalaryGuideline {
  id: string;
  year: number;
  minMonthlyOre: number;
  maxMonthlyOre: number;
  note: string | null;
  version: number;
}

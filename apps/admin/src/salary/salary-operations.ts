/** EMP-2: salaries, visible only to the Director, the deputy and HR; every read and change is audited by the server. */
export const TRAINEE_SALARIES = `query ($traineeId: ID!) { traineeSalaries(traineeId: $traineeId) {
  id monthlyOre validFrom decidedAt note withinGuideline decidedBy { id name } } }`;

export const SET_TRAINEE_SALARY = `mutation ($traineeId: ID!, $monthlyOre: Int!, $validFrom: Date!, $note: String) {
  setTraineeSalary(traineeId: $traineeId, monthlyOre: $monthlyOre, validFrom: $validFrom, note: $note) { id } }`;

export const SALARY_GUIDELINES = `query { salaryGuidelines { id year minMonthlyOre maxMonthlyOre note } }`;

export const SET_SALARY_GUIDELINE = `mutation ($year: Int!, $minMonthlyOre: Int!, $maxMonthlyOre: Int!, $note: String) {
  setSalaryGuideline(year: $year, minMonthlyOre: $minMonthlyOre, maxMonthlyOre: $maxMonthlyOre, note: $note) { id } }`;

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
}

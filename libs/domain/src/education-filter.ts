import { daysAheadProblems } from './paging';
import type { Problem } from './problem';

/** What the education subgraph can tell about trainees: each given criterion narrows the set. */
export interface EducationTraineeCriteria {
  currentUnitId?: string | null;
  mainSupervisorId?: string | null;
  placementStartingWithinDays?: number | null;
  withMainSupervisor?: boolean | null;
}

/**
 * Checks an education filter: at least one criterion, a sensible number of days, and no
 * `withMainSupervisor: false` — education knows only the trainees it has records of, so "without a
 * main supervisor" is the rest of the trainees, which only employment knows.
 */
export function educationTraineeCriteriaProblems(criteria: EducationTraineeCriteria): (Problem | string)[] {
  const problems: (Problem | string)[] = daysAheadProblems(criteria.placementStartingWithinDays);
  if (criteria.withMainSupervisor === false) {
    problems.push('withMainSupervisor kan bara vara true: BT-läkare utan huvudhandledare är de övriga, som anställningsdelen känner till.');
  }
  const given = [criteria.currentUnitId, criteria.mainSupervisorId, criteria.placementStartingWithinDays, criteria.withMainSupervisor];
  if (given.every((value) => value == null)) problems.push('Ange minst ett villkor i filtret.');
  return problems;
}

import { problem, type Problem } from './problem';

/** What the education subgraph can tell about trainees: each given criterion narrows the set. */
export interface EducationTraineeCriteria {
  currentUnitId?: string | null;
  mainSupervisorId?: string | null;
  placementStartingWithinDays?: number | null;
  withMainSupervisor?: boolean | null;
}

/**
 * Checks an education filter (the number of days is checked by daysAheadProblems): at least one
 * criterion, and no `withMainSupervisor: false` — education knows only the trainees it has records
 * of, so "without a main supervisor" is the rest of the trainees, which only employment knows.
 */
export function educationTraineeCriteriaProblems(criteria: EducationTraineeCriteria): Problem[] {
  const problems: Problem[] = [];
  if (criteria.withMainSupervisor === false) {
    problems.push(
      problem(
        'WITHOUT_MAIN_SUPERVISOR_NOT_KNOWN',
        'Utbildningsdelen kan bara hitta BT-läkare som har en huvudhandledare; de utan är de övriga, som anställningsdelen känner till.',
        { field: 'filter.withMainSupervisor' },
      ),
    );
  }
  const given = [criteria.currentUnitId, criteria.mainSupervisorId, criteria.placementStartingWithinDays, criteria.withMainSupervisor];
  if (given.every((value) => value == null)) problems.push(problem('FILTER_EMPTY', 'Ange minst ett villkor i filtret.', { field: 'filter' }));
  return problems;
}

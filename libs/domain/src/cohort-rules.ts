import { isIsoDate, type IsoDate } from './iso-date';
import { problem, type Problem } from './problem';
import { textFieldProblems } from './text-rules';

export interface CohortDraft {
  startDate: IsoDate;
  /** Optional: without a name the cohort is named by cohortName(startDate, site name). */
  name?: string | null;
}

/** Checks a new or changed cohort (`input`): a real start date (INVALID_DATE) and, when given, a name of at most 100 characters. */
export function cohortProblems(draft: CohortDraft): Problem[] {
  const problems = isIsoDate(draft.startDate)
    ? []
    : [
        problem('INVALID_DATE', `Startdatum "${draft.startDate}" är inget giltigt datum: ange ÅÅÅÅ-MM-DD.`, {
          field: 'input.startDate',
          params: { value: draft.startDate },
        }),
      ];
  if (draft.name != null) problems.push(...textFieldProblems('input.name', 'Kullens namn', draft.name, { required: true, maxLength: 100 }));
  return problems;
}

/** Moving a cohort to another site would leave its trainees at the old one: only an empty cohort moves (COHORT_HAS_TRAINEES). */
export function cohortSiteChangeProblems(currentSiteId: string, newSiteId: string, traineeCount: number): Problem[] {
  return currentSiteId !== newSiteId && traineeCount > 0
    ? [
        problem('COHORT_HAS_TRAINEES', `Kullen har ${traineeCount} BT-läkare och kan inte byta huvudort. Flytta dem till en annan kull först.`, {
          field: 'input.siteId',
          params: { traineeCount },
        }),
      ]
    : [];
}

/** A cohort with trainees is never deleted: they would lose their cohort (COHORT_HAS_TRAINEES). */
export function cohortDeletionProblems(traineeCount: number): Problem[] {
  return traineeCount > 0
    ? [
        problem('COHORT_HAS_TRAINEES', `Kullen har ${traineeCount} BT-läkare och kan inte tas bort. Flytta dem till en annan kull först.`, {
          field: 'id',
          params: { traineeCount },
        }),
      ]
    : [];
}

import { isIsoDate, type IsoDate } from './iso-date';
import { textProblems } from './text-rules';

export interface CohortDraft {
  startDate: IsoDate;
  /** Optional: without a name the cohort is named by cohortName(startDate, site name). */
  name?: string | null;
}

/** Checks a new or changed cohort: a real start date and, when given, a name of at most 100 characters. */
export function cohortProblems(draft: CohortDraft): string[] {
  const problems = isIsoDate(draft.startDate) ? [] : [`Kullens startdatum (startDate) "${draft.startDate}" är inget giltigt datum.`];
  if (draft.name != null) problems.push(...textProblems('Kullens namn (name)', draft.name, { required: true, maxLength: 100 }));
  return problems;
}

/** Moving a cohort to another site would leave its trainees at the old one: only an empty cohort moves. */
export function cohortSiteChangeProblems(currentSiteId: string, newSiteId: string, traineeCount: number): string[] {
  return currentSiteId !== newSiteId && traineeCount > 0
    ? [`Kullen har ${traineeCount} BT-läkare och kan inte flyttas till en annan huvudort (siteId).`]
    : [];
}

/** A cohort with trainees is never deleted: they would lose their cohort. */
export function cohortDeletionProblems(traineeCount: number): string[] {
  return traineeCount > 0 ? [`Kullen har ${traineeCount} BT-läkare och kan inte tas bort. Flytta dem till en annan kull först.`] : [];
}

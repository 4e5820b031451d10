import type { EducationTraineeCriteria } from '@bt/domain';
import type { TraineeFilter } from './trainee-page.args';

/** Asks education which trainees meet each of several criteria (one call through the gateway). */
export type EducationTraineeIds = (criteria: EducationTraineeCriteria[]) => Promise<string[][]>;

/**
 * What to ask education for a trainee filter: trainees to keep (every education criterion at once)
 * and trainees to leave out ("without a main supervisor" is everyone but those who have one).
 * Nothing when the filter has no education criterion, so that no call is made.
 */
export function educationLookup(filter: TraineeFilter): { include?: EducationTraineeCriteria; exclude?: EducationTraineeCriteria } {
  const include: EducationTraineeCriteria = {};
  if (filter.currentUnitId != null) include.currentUnitId = filter.currentUnitId;
  if (filter.mainSupervisorId != null) include.mainSupervisorId = filter.mainSupervisorId;
  if (filter.placementStartingWithinDays != null) include.placementStartingWithinDays = filter.placementStartingWithinDays;
  if (filter.withoutMainSupervisor === false) include.withMainSupervisor = true;
  return {
    ...(Object.keys(include).length > 0 ? { include } : {}),
    ...(filter.withoutMainSupervisor === true ? { exclude: { withMainSupervisor: true } } : {}),
  };
}

/** The trainee ids education gives for a filter's lookup (the caller narrows them to its row scope): one call through the gateway, or none. */
export async function educationTraineeSets(
  educationTraineeIds: EducationTraineeIds,
  filter: TraineeFilter,
): Promise<{ include?: string[]; exclude?: string[] }> {
  const { include, exclude } = educationLookup(filter);
  const asked = [include, exclude].filter((criteria): criteria is EducationTraineeCriteria => criteria !== undefined);
  if (asked.length === 0) return {};
  const answers = await educationTraineeIds(asked);
  return { include: include && answers[0], exclude: exclude && answers.at(-1) };
}

import { addDays, type IsoDate } from './iso-date';

/**
 * EDU-7, EDU-9, ORG-2: how long around a placement its clinical supervisor reaches the trainee (the
 * row scope of CLINICAL_SUPERVISOR). A main supervisor keeps their trainees through all of BT; a
 * clinical supervisor only for their own placement:
 * - from DAYS_BEFORE days before it starts (28: four weeks to plan the placement with the trainee and
 *   the main supervisor, EDU-8's checkpoint before the change of placement), and
 * - until DAYS_AFTER days after its last day (28: EDU-9's final assessment is recorded after the
 *   placement, and the main supervisor's competence profile follows it, EDU-11).
 * Earlier and later placements with them no longer show the trainee.
 */
export const CLINICAL_SUPERVISION_WINDOW = { daysBefore: 28, daysAfter: 28 } as const;

/**
 * The dates a placement must overlap for its clinical supervisor to reach the trainee on `today`: it
 * starts on or before `startsBy` and ends on or after `endsFrom`.
 */
export function clinicalSupervisionBounds(today: IsoDate): { startsBy: IsoDate; endsFrom: IsoDate } {
  return { startsBy: addDays(today, CLINICAL_SUPERVISION_WINDOW.daysBefore), endsFrom: addDays(today, -CLINICAL_SUPERVISION_WINDOW.daysAfter) };
}

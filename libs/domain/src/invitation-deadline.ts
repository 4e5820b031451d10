import { addDays, type IsoDate } from './iso-date';

/** REC-6: interview invitations go out at the latest one week after the application deadline. */
export const INVITATION_WITHIN_DAYS = 7;

/** REC-6: the last day invitations go out within the guideline. */
export function latestInvitationDay(applicationDeadline: IsoDate): IsoDate {
  return addDays(applicationDeadline, INVITATION_WITHIN_DAYS);
}

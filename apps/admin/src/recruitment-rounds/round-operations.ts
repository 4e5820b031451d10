import { stockholmTime } from '../common/iso-date';
import { NOTICE_FIELDS } from '../data/resources';

/** The recruitment round's workflow operations (beyond create/update through the data provider). */
export const MOVE_ROUND = `mutation ($id: ID!, $to: RecruitmentRoundState!) {
  moveRecruitmentRound(id: $id, to: $to) { id state allowedTransitions warningNotices { ${NOTICE_FIELDS} } } }`;

export const ADD_PANEL_MEMBER = `mutation ($roundId: ID!, $personId: ID!, $stage: RecruitmentStage!, $capacity: PanelCapacity!) {
  addPanelMember(roundId: $roundId, personId: $personId, stage: $stage, capacity: $capacity) { id } }`;

export const REMOVE_PANEL_MEMBER = `mutation ($id: ID!) { removePanelMember(id: $id) { id } }`;

export const INTERVIEW_SLOTS = `query ($roundId: ID!) {
  interviewSlots(roundId: $roundId) { id startsAt endsAt room panel { id name } application { id name invitationSentOn } } }`;

const SLOT_PLAN_VARIABLES =
  '$roundId: ID!, $days: [Date!], $slotMinutes: Int, $dayStart: String, $dayEnd: String, $lunchStart: String, $lunchMinutes: Int, $room: String!, $panelPersonIds: [ID!]!';
const SLOT_PLAN_ARGUMENTS =
  'roundId: $roundId, days: $days, slotMinutes: $slotMinutes, dayStart: $dayStart, dayEnd: $dayEnd, lunchStart: $lunchStart, lunchMinutes: $lunchMinutes, room: $room, panelPersonIds: $panelPersonIds';

/** REC-6: the slots a plan would lay out, shown before saving. */
export const PREVIEW_INTERVIEW_SLOTS = `query (${SLOT_PLAN_VARIABLES}) { previewInterviewSlots(${SLOT_PLAN_ARGUMENTS}) { startsAt endsAt } }`;

export const GENERATE_INTERVIEW_SLOTS = `mutation (${SLOT_PLAN_VARIABLES}) { generateInterviewSlots(${SLOT_PLAN_ARGUMENTS}) { id } }`;

export const REMOVE_INTERVIEW_SLOTS = `mutation ($roundId: ID!, $slotIds: [ID!]!) { removeInterviewSlots(roundId: $roundId, slotIds: $slotIds) { id } }`;

export const RECORD_INVITATIONS_SENT = `mutation ($roundId: ID!, $sentOn: Date!) {
  recordInvitationsSent(roundId: $roundId, sentOn: $sentOn) { applications { id } warnings } }`;

export const APPLICANT_INTERVIEW_CALENDAR = `query ($applicationId: ID!) { applicantInterviewCalendar(applicationId: $applicationId) }`;

export const PANEL_INTERVIEW_CALENDAR = `query ($roundId: ID!, $personId: ID!) { panelInterviewCalendar(roundId: $roundId, personId: $personId) }`;

export const EXPIRE_OFFERS = `mutation ($roundId: ID!) { expireOffers(roundId: $roundId) { offer { id } proposedNext { id name } } }`;

export interface InterviewSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  room: string | null;
  panel: { id: string; name: string }[];
  application: { id: string; name: string; invitationSentOn: string | null } | null;
}

/** A slot's time in Swedish local time, e.g. "2027-10-11 08:30–09:15". */
export function slotLabel(slot: { startsAt: string; endsAt: string }): string {
  return `${stockholmTime(slot.startsAt)}–${stockholmTime(slot.endsAt).slice(11)}`;
}

export const SYLF_INVITEES_CSV = `query ($roundId: ID!) { sylfInviteesCsv(roundId: $roundId) }`;

/** Offers a text as a file download in the browser. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  URL.revokeObjectURL(url);
}

/** Offers an iCalendar text (.ics) as a file download. */
export function downloadCalendar(filename: string, text: string) {
  downloadText(`${filename.replace(/[\\/:*?"<>|]/g, '-')}.ics`, text, 'text/calendar;charset=utf-8');
}

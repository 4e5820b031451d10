/** The recruitment round's workflow operations (beyond create/update through the data provider). */
export const MOVE_ROUND = `mutation ($id: ID!, $to: RecruitmentRoundState!) {
  moveRecruitmentRound(id: $id, to: $to) { id state allowedTransitions warnings } }`;

export const ADD_PANEL_MEMBER = `mutation ($roundId: ID!, $personId: ID!, $stage: RecruitmentStage!, $capacity: PanelCapacity!) {
  addPanelMember(roundId: $roundId, personId: $personId, stage: $stage, capacity: $capacity) { id } }`;

export const REMOVE_PANEL_MEMBER = `mutation ($id: ID!) { removePanelMember(id: $id) { id } }`;

export const INTERVIEW_SLOTS = `query ($roundId: ID!) { interviewSlots(roundId: $roundId) { id startsAt endsAt application { id name } } }`;

export const GENERATE_INTERVIEW_SLOTS = `mutation ($roundId: ID!) { generateInterviewSlots(roundId: $roundId) { id } }`;

export const EXPIRE_OFFERS = `mutation ($roundId: ID!) { expireOffers(roundId: $roundId) { offer { id } proposedNext { id name } } }`;

export interface InterviewSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  application: { id: string; name: string } | null;
}

/** A slot's time in Swedish local time, e.g. "2027-10-11 08:30–09:15". */
export function slotLabel(slot: { startsAt: string; endsAt: string }): string {
  const time = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).slice(0, 16);
  return `${time(slot.startsAt)}–${time(slot.endsAt).slice(11)}`;
}

export const SYLF_INVITEES_CSV = `query ($roundId: ID!) { sylfInviteesCsv(roundId: $roundId) }`;

/** Offers a text as a file download in the browser. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  URL.revokeObjectURL(url);
}

/** The recruitment round's workflow operations (beyond create/update through the data provider). */
export const MOVE_ROUND = `mutation ($id: ID!, $to: RecruitmentRoundState!) {
  moveRecruitmentRound(id: $id, to: $to) { id state allowedTransitions warnings } }`;

export const ADD_PANEL_MEMBER = `mutation ($roundId: ID!, $personId: ID!, $stage: RecruitmentStage!, $capacity: PanelCapacity!) {
  addPanelMember(roundId: $roundId, personId: $personId, stage: $stage, capacity: $capacity) { id } }`;

export const REMOVE_PANEL_MEMBER = `mutation ($id: ID!) { removePanelMember(id: $id) { id } }`;

export const SYLF_INVITEES_CSV = `query ($roundId: ID!) { sylfInviteesCsv(roundId: $roundId) }`;

/** Offers a text as a file download in the browser. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  URL.revokeObjectURL(url);
}

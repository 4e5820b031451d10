/** EMP-5: a term's workplace meetings per main site, with the server's warning when fewer than two are planned. */
export const WORKPLACE_MEETING_TERMS = `query ($term: String!) { workplaceMeetingTerms(term: $term) {
  term start end planned warning site { id name } meetings { id date startTime title agenda } } }`;

/** EMP-5: plan a meeting on a main site (the deputy director only her own, ORG-1; the server decides). */
export const PLAN_WORKPLACE_MEETING = `mutation ($input: WorkplaceMeetingInput!) { planWorkplaceMeeting(input: $input) { id } }`;

export interface WorkplaceMeeting {
  id: string;
  date: string;
  startTime: string;
  title: string;
  agenda: string | null;
}

export interface WorkplaceMeetingTerm {
  term: string;
  start: string;
  end: string;
  planned: number;
  warning: string | null;
  site: { id: string; name: string };
  meetings: WorkplaceMeeting[];
}

/** The term a day falls in, as the server spells it: VT January–June, HT July–December (EMP-5). */
export function termOfDay(day: string): string {
  return `${Number(day.slice(5, 7)) <= 6 ? 'VT' : 'HT'}${day.slice(0, 4)}`;
}

/** EMP-6: whether the evaluation of BT is submitted and the exit conversation held (anyone who reads the trainee). */
export const TRAINEE_EXIT_STATUS = `query ($id: ID!) { trainee(id: $id) { id btEvaluationSubmitted exitConversationHeld } }`;

/** EMP-6: the same with the exit conversation itself, for the (deputy) Director of the trainee's site (read audited). */
export const TRAINEE_EXIT_CONVERSATION = `query ($id: ID!) { trainee(id: $id) { id btEvaluationSubmitted exitConversationHeld
  exitConversation { bookedFor heldOn notes held heldBy { name } } } }`;

export const BOOK_EXIT_CONVERSATION = `mutation ($traineeId: ID!, $bookedFor: Date!) {
  bookExitConversation(traineeId: $traineeId, bookedFor: $bookedFor) { held } }`;

export const RECORD_EXIT_CONVERSATION_HELD = `mutation ($traineeId: ID!, $heldOn: Date!, $notes: String) {
  recordExitConversationHeld(traineeId: $traineeId, heldOn: $heldOn, notes: $notes) { held } }`;

export interface TraineeExitStatus {
  id: string;
  btEvaluationSubmitted: boolean;
  exitConversationHeld: boolean;
  exitConversation?: { bookedFor: string | null; heldOn: string | null; notes: string | null; held: boolean; heldBy: { name: string } | null } | null;
}

/** EMP-6: the six questions of the evaluation of BT, each answered 1–5, in the order shown. */
export const EVALUATION_QUESTIONS = ['introduction', 'supervision', 'placements', 'teaching', 'workload', 'overall'] as const;
export type EvaluationQuestion = (typeof EVALUATION_QUESTIONS)[number];

export type BtEvaluation = Record<EvaluationQuestion, number | null> & { freeText: string | null; updatedAt: string; submittedAt: string | null };

/** EMP-6: the signed-in trainee's own evaluation (null before it is first saved); nobody else reads it. */
export const MY_BT_EVALUATION = `query { myBtEvaluation { ${EVALUATION_QUESTIONS.join(' ')} freeText updatedAt submittedAt } }`;

/** EMP-6: save a draft, or submit (all six answered); after submission it is locked. */
export const SAVE_BT_EVALUATION = `mutation ($input: BtEvaluationInput!, $submit: Boolean!) {
  saveBtEvaluation(input: $input, submit: $submit) { submittedAt } }`;

/** EMP-6: a cohort's submitted evaluations, anonymous; averages and free texts only from three answers (read audited). */
export const BT_EVALUATION_SUMMARY = `query ($cohortId: ID!) { btEvaluationSummary(cohortId: $cohortId) {
  answers shown note averages { question average } freeTexts } }`;

export interface BtEvaluationSummary {
  answers: number;
  shown: boolean;
  note: string | null;
  averages: { question: EvaluationQuestion; average: number | null }[];
  freeTexts: string[];
}

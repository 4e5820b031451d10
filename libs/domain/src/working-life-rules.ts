import { isIsoDate, type IsoDate } from './iso-date';
import { problem, type Problem } from './problem';
import { textFieldProblems } from './text-rules';

/**
 * EMP-5: workplace meetings (APT) "2 gånger per termin i Ljungby och Växjö", together with the AT
 * doctors. A term as the seed's Swedish university year has it (höstterminen, vårterminen): VT
 * January–June, HT July–December; the seed names no exact dates, so the calendar half-years are used.
 */
export const WORKPLACE_MEETINGS_PER_TERM = 2;

export interface Term {
  /** `VT2026` or `HT2026`. */
  code: string;
  start: IsoDate;
  end: IsoDate;
}

const TERM_CODE = /^(VT|HT)(\d{4})$/;

/** EMP-5: the term a day falls in (VT January–June, HT July–December). */
export function termOf(date: IsoDate): Term {
  const year = date.slice(0, 4);
  return Number(date.slice(5, 7)) <= 6
    ? { code: `VT${year}`, start: `${year}-01-01`, end: `${year}-06-30` }
    : { code: `HT${year}`, start: `${year}-07-01`, end: `${year}-12-31` };
}

/** EMP-5: the term of a code such as `HT2026`, undefined for anything else. */
export function parseTerm(code: string): Term | undefined {
  const match = TERM_CODE.exec(code.trim().toUpperCase());
  if (!match) return undefined;
  return termOf(`${match[2]}-${match[1] === 'VT' ? '01' : '07'}-01`);
}

/** EMP-5: the warning for a site's term with fewer than two planned meetings, null with enough. */
export function workplaceMeetingWarning(planned: number, term: Term): string | null {
  if (planned >= WORKPLACE_MEETINGS_PER_TERM) return null;
  return `Bara ${planned} av ${WORKPLACE_MEETINGS_PER_TERM} arbetsplatsträffar planerade för ${term.code}; planera ${WORKPLACE_MEETINGS_PER_TERM - planned} till.`;
}

export interface WorkplaceMeetingDraft {
  date: string;
  startTime: string;
  title: string;
  agenda?: string | null;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
export const MEETING_TITLE_MAX = 200;
export const MEETING_AGENDA_MAX = 2000;

/** EMP-5: a planned meeting's date, time (HH:MM) and texts. */
export function workplaceMeetingProblems(draft: WorkplaceMeetingDraft): Problem[] {
  const problems: Problem[] = [];
  if (!isIsoDate(draft.date))
    problems.push(problem('MEETING_DATE_INVALID', 'Ange dagen för arbetsplatsträffen som ÅÅÅÅ-MM-DD.', { rule: 'EMP-5', field: 'date' }));
  if (!CLOCK.test(draft.startTime))
    problems.push(problem('MEETING_TIME_INVALID', 'Ange starttiden som TT:MM, t.ex. 13:00.', { rule: 'EMP-5', field: 'startTime' }));
  problems.push(...textFieldProblems('title', 'Rubriken', draft.title, { required: true, maxLength: MEETING_TITLE_MAX }));
  problems.push(...textFieldProblems('agenda', 'Dagordningen', draft.agenda, { required: false, maxLength: MEETING_AGENDA_MAX, multiline: true }));
  return problems;
}

/** EMP-5: an absence from a meeting needs its reason; presence has none. */
export function attendanceProblems(present: boolean, reason: string | null | undefined): Problem[] {
  if (!present && !(reason ?? '').trim()) {
    return [problem('ATTENDANCE_REASON_REQUIRED', 'Ange skälet till att BT-läkaren inte var med på arbetsplatsträffen.', { rule: 'EMP-5', field: 'reason' })];
  }
  return textFieldProblems('reason', 'Skälet', present ? null : reason, { required: false, maxLength: 500 });
}

/** The trainee's evaluation of BT (EMP-6): six questions on a scale of 1–5 and a free text. */
export const BT_EVALUATION_QUESTIONS = [
  { key: 'introduction', text: 'Introduktionen till BT' },
  { key: 'supervision', text: 'Handledningen' },
  { key: 'placements', text: 'Placeringarna' },
  { key: 'teaching', text: 'Den gemensamma undervisningen' },
  { key: 'workload', text: 'Arbetsbelastningen' },
  { key: 'overall', text: 'BT som helhet' },
] as const;
export type BtEvaluationQuestion = (typeof BT_EVALUATION_QUESTIONS)[number]['key'];
export type BtEvaluationScores = Record<BtEvaluationQuestion, number | null>;

/** EMP-6: how a question's score is described in the schema, e.g. 'Handledningen, 1–5.' */
export function btEvaluationScoreDescription(question: BtEvaluationQuestion): string {
  return `${BT_EVALUATION_QUESTIONS.find(({ key }) => key === question)!.text}, 1–5.`;
}
export const EVALUATION_FREE_TEXT_MAX = 4000;
/** EMP-6: a cohort's summary is shown only from this many answers, so no trainee can be told apart. */
export const EVALUATION_SUMMARY_MIN_ANSWERS = 3;

/**
 * EMP-6: the evaluation as saved: each score a whole number 1–5 or not yet answered; `submitting`
 * requires every question answered. A submitted evaluation is locked (EVALUATION_ALREADY_SUBMITTED).
 */
export function btEvaluationProblems(
  scores: Partial<BtEvaluationScores>,
  freeText: string | null | undefined,
  submitting: boolean,
  alreadySubmitted: boolean,
): Problem[] {
  if (alreadySubmitted) {
    return [problem('EVALUATION_ALREADY_SUBMITTED', 'Utvärderingen är redan inskickad och kan inte ändras eller skickas in igen.', { rule: 'EMP-6' })];
  }
  const problems: Problem[] = [];
  for (const { key, text } of BT_EVALUATION_QUESTIONS) {
    const score = scores[key];
    if (score === null || score === undefined) {
      if (submitting)
        problems.push(problem('EVALUATION_ANSWER_MISSING', `Besvara frågan om ${text.toLowerCase()} innan du skickar in.`, { rule: 'EMP-6', field: key }));
    } else if (!Number.isInteger(score) || score < 1 || score > 5) {
      problems.push(problem('EVALUATION_SCORE_INVALID', `Ange ${text.toLowerCase()} som en siffra från 1 till 5.`, { rule: 'EMP-6', field: key }));
    }
  }
  problems.push(...textFieldProblems('freeText', 'Fritexten', freeText, { required: false, maxLength: EVALUATION_FREE_TEXT_MAX, multiline: true }));
  return problems;
}

export interface BtEvaluationSummary {
  answers: number;
  /** Below EVALUATION_SUMMARY_MIN_ANSWERS nothing but the count is shown. */
  shown: boolean;
  averages: { question: BtEvaluationQuestion; text: string; average: number | null }[];
  freeTexts: string[];
}

/** EMP-6: the anonymous summary of a cohort's submitted evaluations: averages to one decimal and the free texts, in a given order; only from three answers. */
export function btEvaluationSummary(submitted: readonly (BtEvaluationScores & { freeText: string | null })[]): BtEvaluationSummary {
  const shown = submitted.length >= EVALUATION_SUMMARY_MIN_ANSWERS;
  return {
    answers: submitted.length,
    shown,
    averages: BT_EVALUATION_QUESTIONS.map(({ key, text }) => {
      const scores = submitted.map((row) => row[key]).filter((score): score is number => score !== null);
      const average = shown && scores.length > 0 ? Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10 : null;
      return { question: key, text, average };
    }),
    freeTexts: shown
      ? submitted
          .map((row) => (row.freeText ?? '').trim())
          .filter((text) => text !== '')
          .sort()
      : [],
  };
}

/** EMP-6: the sentence the summary gives with fewer than three answers. */
export function btEvaluationSummaryNote(answers: number): string | null {
  if (answers >= EVALUATION_SUMMARY_MIN_ANSWERS) return null;
  return `${answers} av minst ${EVALUATION_SUMMARY_MIN_ANSWERS} svar: sammanställningen visas när minst ${EVALUATION_SUMMARY_MIN_ANSWERS} BT-läkare i kullen har skickat in sin utvärdering, så att ingen kan identifieras.`;
}

/**
 * EMP-6: the exit conversation can be recorded as held only once the trainee's evaluation of BT is
 * submitted ("Senast i samband med detta avslutningssamtal skall BT-läkaren ha besvarat och skickat in en utvärdering").
 */
export function exitConversationHeldProblems(heldOn: string, today: IsoDate, evaluationSubmitted: boolean, notes: string | null | undefined): Problem[] {
  const problems: Problem[] = [];
  if (!isIsoDate(heldOn)) {
    problems.push(problem('EXIT_CONVERSATION_DATE_INVALID', 'Ange dagen för avslutningssamtalet som ÅÅÅÅ-MM-DD.', { rule: 'EMP-6', field: 'heldOn' }));
  } else if (heldOn > today) {
    problems.push(
      problem(
        'EXIT_CONVERSATION_HELD_IN_FUTURE',
        `Avslutningssamtalet kan inte registreras som genomfört före dagen det hålls (${heldOn}); boka det i stället.`,
        {
          rule: 'EMP-6',
          field: 'heldOn',
          params: { heldOn },
        },
      ),
    );
  }
  if (!evaluationSubmitted) {
    problems.push(
      problem(
        'EXIT_CONVERSATION_EVALUATION_MISSING',
        'BT-läkaren har inte skickat in sin utvärdering av BT. Be BT-läkaren besvara och skicka in utvärderingen först; registrera sedan avslutningssamtalet som genomfört.',
        { rule: 'EMP-6' },
      ),
    );
  }
  problems.push(...textFieldProblems('notes', 'Anteckningarna', notes, { required: false, maxLength: 4000, multiline: true }));
  return problems;
}

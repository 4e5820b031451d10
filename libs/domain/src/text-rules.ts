import { problem, type Problem } from './problem';

export interface TextOptions {
  required: boolean;
  maxLength: number;
  /** Prose over several lines (a comment, a note): tab, line feed and carriage return are allowed in it. */
  multiline?: boolean;
}

/** C0 and C1 control characters and DEL (Unicode category Cc: U+0000–U+001F, U+007F–U+009F), NUL included; tab, LF and CR are told apart by LINE_BREAKS_AND_TABS. */
const CONTROL_CHARACTERS = /\p{Cc}/u;
const LINE_BREAKS_AND_TABS = /[\t\n\r]/g;
/** Bidirectional embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they reorder what is shown. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** Zero-width spaces, joiners and marks (U+200B–U+200F), word joiner (U+2060), byte-order mark (U+FEFF), and whitespace. */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\s]/gu;

/**
 * What a person cannot see but a program reads, in a typed text, as Problems naming the field by its
 * `label`: TEXT_CONTROL_CHARACTERS (control characters such as NUL; tab and line breaks only in
 * `multiline` text), TEXT_BIDI_OVERRIDE (text direction overrides and isolates), TEXT_INVISIBLE_ONLY
 * (a text of only zero-width characters and spaces). Empty text has none of them.
 */
export function hiddenCharacterProblems(field: string, label: string, value: string | null | undefined, multiline = false): Problem[] {
  const raw = value ?? '';
  const problems: Problem[] = [];
  if (CONTROL_CHARACTERS.test(multiline ? raw.replace(LINE_BREAKS_AND_TABS, '') : raw)) {
    const allowed = multiline ? 'tabb och radbrytning går bra' : 'inte heller tabb eller radbrytning';
    problems.push(problem('TEXT_CONTROL_CHARACTERS', `${label} innehåller osynliga styrtecken (${allowed}); skriv in texten på nytt utan dem.`, { field }));
  }
  if (BIDI_CONTROLS.test(raw)) {
    problems.push(problem('TEXT_BIDI_OVERRIDE', `${label} innehåller tecken som vänder textens riktning; skriv in texten på nytt utan dem.`, { field }));
  }
  if (problems.length === 0 && raw.trim() !== '' && raw.replace(INVISIBLE, '') === '') {
    problems.push(problem('TEXT_INVISIBLE_ONLY', `${label} består bara av osynliga tecken; skriv en synlig text.`, { field }));
  }
  return problems;
}

/**
 * A name or other free text that a person types, as a Problem: nothing hidden in it
 * (hiddenCharacterProblems), trimmed, and within the column's length. `label` names the field as the
 * dashboard does (e.g. 'Förnamnet'), `field` as the operation does (e.g. 'input.givenName'). Codes:
 * those of hiddenCharacterProblems, TEXT_REQUIRED, TEXT_TOO_LONG (params.maxLength). Every text input
 * of the graph and the CSV import goes through here.
 */
export function textFieldProblems(field: string, label: string, value: string | null | undefined, options: TextOptions): Problem[] {
  const hidden = hiddenCharacterProblems(field, label, value, options.multiline);
  if (hidden.length > 0) return hidden;
  const text = (value ?? '').trim();
  if (!text) return options.required ? [problem('TEXT_REQUIRED', `${label} får inte vara tomt.`, { field })] : [];
  return text.length > options.maxLength
    ? [problem('TEXT_TOO_LONG', `${label} får vara högst ${options.maxLength} tecken.`, { field, params: { maxLength: options.maxLength } })]
    : [];
}

/**
 * For each reference [label, field, id, found]: a NOT_FOUND problem when an id was given and nothing
 * was found; `field` is the argument as the operation names it (e.g. 'input.siteId'), `label` the
 * thing as people call it (e.g. 'Huvudorten').
 */
export function missingReferences(references: [label: string, field: string, id: string | null | undefined, found: unknown][]): Problem[] {
  return references
    .filter(([, , id, found]) => id != null && !found)
    .map(([label, field, id]) => problem('NOT_FOUND', `${label} finns inte (id "${id}"). Välj en som finns.`, { field, params: { id: id! } }));
}

import { problem, type Problem } from './problem';

export interface TextOptions {
  required: boolean;
  maxLength: number;
}

/**
 * A name or other free text that a person types, as a Problem: trimmed, and within the column's
 * length. `label` names the field as the dashboard does (e.g. 'Förnamnet'), `field` as the operation
 * does (e.g. 'input.givenName'). Codes: TEXT_REQUIRED, TEXT_TOO_LONG (params.maxLength).
 */
export function textFieldProblems(field: string, label: string, value: string | null | undefined, options: TextOptions): Problem[] {
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

/**
 * A name or other free text that a person types: trimmed, and within the column's length.
 * `label` names the field for the user, e.g. 'Förnamnet (givenName)'.
 */
export function textProblems(label: string, value: string | null | undefined, options: { required: boolean; maxLength: number }): string[] {
  const text = (value ?? '').trim();
  if (!text) return options.required ? [`${label} får inte vara tomt.`] : [];
  return text.length > options.maxLength ? [`${label} får vara högst ${options.maxLength} tecken.`] : [];
}

/** A referenced row (site, cohort, unit, person) that does not exist: the message names the field. */
export function missingReference(label: string, field: string, id: string): string {
  return `${label} (${field}) med id "${id}" finns inte.`;
}

/** For each reference [label, field, id, found]: a problem when an id was given and nothing was found. */
export function missingReferences(references: [label: string, field: string, id: string | null | undefined, found: unknown][]): string[] {
  return references.filter(([, , id, found]) => id != null && !found).map(([label, field, id]) => missingReference(label, field, id!));
}

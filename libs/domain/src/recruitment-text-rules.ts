import { problem, type Problem } from './problem';
import { textProblems } from './text-rules';

/**
 * Recruitment's free texts (names, comments, evidence) checked by text-rules' `textProblems`, as
 * Problems of the input `field`: TEXT_REQUIRED when empty, TEXT_TOO_LONG beyond `maxLength`. `label`
 * names the field for people ("Förnamnet"), never by its API name.
 */
export function textFieldProblems(label: string, field: string, value: string | null | undefined, options: { required: boolean; maxLength: number }): Problem[] {
  const found: readonly (Problem | string)[] = textProblems(label, value, options);
  return found.map((item) =>
    typeof item === 'string'
      ? problem((value ?? '').trim() ? 'TEXT_TOO_LONG' : 'TEXT_REQUIRED', item, { field, params: { maxLength: options.maxLength } })
      : { ...item, field },
  );
}

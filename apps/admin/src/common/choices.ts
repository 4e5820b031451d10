import { appMessagesSv } from '../i18n/app-messages.sv';

/** Choices for enum inputs; names are translation keys, translated by react-admin. */
function choicesOf(group: keyof typeof appMessagesSv & string) {
  return Object.keys(appMessagesSv[group]).map((id) => ({ id, name: `${group}.${id}` }));
}

export const roleChoices = choicesOf('roles');
export const unitKindChoices = choicesOf('unitKinds');
export const regionPartChoices = choicesOf('regionParts');
export const employmentFormChoices = choicesOf('employmentForms');
export const directorOfStudiesScopeChoices = choicesOf('directorOfStudiesScopes');
export const placementKindChoices = choicesOf('placementKinds');

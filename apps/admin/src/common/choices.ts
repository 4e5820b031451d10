import { appMessagesSv } from '../i18n/app-messages.sv';
import { recruitmentMessagesSv } from '../i18n/recruitment-messages.sv';

/** Choices for enum inputs; names are translation keys, translated by react-admin. */
function choicesOf(group: string, values: object) {
  return Object.keys(values).map((id) => ({ id, name: `${group}.${id}` }));
}

export const roleChoices = choicesOf('roles', appMessagesSv.roles);
export const unitKindChoices = choicesOf('unitKinds', appMessagesSv.unitKinds);
export const regionPartChoices = choicesOf('regionParts', appMessagesSv.regionParts);
export const employmentFormChoices = choicesOf('employmentForms', appMessagesSv.employmentForms);
export const directorOfStudiesScopeChoices = choicesOf('directorOfStudiesScopes', appMessagesSv.directorOfStudiesScopes);
export const placementKindChoices = choicesOf('placementKinds', appMessagesSv.placementKinds);
export const roundStateChoices = choicesOf('roundStates', recruitmentMessagesSv.roundStates);
export const applicationStateChoices = choicesOf('applicationStates', recruitmentMessagesSv.applicationStates);
export const recruitmentStageChoices = choicesOf('recruitmentStages', recruitmentMessagesSv.recruitmentStages);
export const panelCapacityChoices = choicesOf('panelCapacities', recruitmentMessagesSv.panelCapacities);
export const formalRequirementChoices = choicesOf('formalRequirements', recruitmentMessagesSv.formalRequirements);
export const offerStateChoices = choicesOf('offerStates', recruitmentMessagesSv.offerStates);

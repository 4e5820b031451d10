import { DirectorOfStudiesScope, RegionPart, UnitKind } from './organisation';
import { textProblems } from './text-rules';

export interface UnitDraft {
  name: string;
  kind: UnitKind;
  regionPart?: RegionPart | null;
}

/** Checks a unit: a name of at most 150 characters; EDU-2: a vårdcentral is east or west, other units neither. */
export function unitProblems(draft: UnitDraft): string[] {
  const problems = textProblems('Enhetens namn (name)', draft.name, { required: true, maxLength: 150 });
  if (draft.kind === UnitKind.PRIMARY_CARE && !draft.regionPart) {
    problems.push('EDU-2: en vårdcentral ska ha en regiondel, öst eller väst (regionPart).');
  }
  if (draft.kind !== UnitKind.PRIMARY_CARE && draft.regionPart) {
    problems.push('Bara vårdcentraler har regiondel (regionPart).');
  }
  return problems;
}

/** Role names as in DOMAIN.md's glossary (the enum lives with authorisation, @bt/auth). */
const DIRECTOR_OF_STUDIES = 'DIRECTOR_OF_STUDIES';
const TRAINEE = 'TRAINEE';

export interface PersonDraft {
  name: string;
  title?: string | null;
  roles: readonly string[];
  directorOfStudiesScope?: DirectorOfStudiesScope | null;
}

/**
 * Checks a member of staff: name (at most 150 characters), title (optional, at most 150), at least one
 * role and not the trainee role (trainees are employed as trainees, not staff); ORG-2: a director of
 * studies has a scope, and only a director of studies has one; the person's unit is at their site.
 */
export function personProblems(draft: PersonDraft, placement: { siteId?: string | null; unitSiteId?: string } = {}): string[] {
  const problems = [
    ...textProblems('Namnet (name)', draft.name, { required: true, maxLength: 150 }),
    ...textProblems('Titeln (title)', draft.title, { required: false, maxLength: 150 }),
  ];
  if (draft.roles.length === 0) problems.push('Ange minst en roll (roles).');
  if (draft.roles.includes(TRAINEE)) problems.push('Personal kan inte ha rollen BT-läkare (roles); BT-läkare läggs upp som BT-läkare.');
  const directorOfStudies = draft.roles.includes(DIRECTOR_OF_STUDIES);
  if (directorOfStudies && !draft.directorOfStudiesScope) {
    problems.push('ORG-2: en BT-studierektor ska ha ett ansvarsområde (directorOfStudiesScope).');
  }
  if (!directorOfStudies && draft.directorOfStudiesScope) {
    problems.push('Bara en BT-studierektor har ansvarsområde (directorOfStudiesScope).');
  }
  if (placement.siteId && placement.unitSiteId !== undefined && placement.unitSiteId !== placement.siteId) {
    problems.push('Enheten (unitId) hör till en annan huvudort än personens (siteId).');
  }
  return problems;
}

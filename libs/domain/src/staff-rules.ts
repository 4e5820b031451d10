import { DirectorOfStudiesScope, RegionPart, UnitKind } from './organisation';
import { problem, type Problem } from './problem';
import { textFieldProblems } from './text-rules';

export interface UnitDraft {
  name: string;
  kind: UnitKind;
  regionPart?: RegionPart | null;
}

/**
 * Checks a changed unit (`input`): a name of at most 150 characters; EDU-2: a vårdcentral is east or
 * west (REGION_PART_REQUIRED), other units neither (REGION_PART_NOT_ALLOWED).
 */
export function unitProblems(draft: UnitDraft): Problem[] {
  const problems = textFieldProblems('input.name', 'Enhetens namn', draft.name, { required: true, maxLength: 150 });
  if (draft.kind === UnitKind.PRIMARY_CARE && !draft.regionPart) {
    problems.push(
      problem('REGION_PART_REQUIRED', 'En vårdcentral ska ha en del av regionen: östra eller västra.', { rule: 'EDU-2', field: 'input.regionPart' }),
    );
  }
  if (draft.kind !== UnitKind.PRIMARY_CARE && draft.regionPart) {
    problems.push(problem('REGION_PART_NOT_ALLOWED', 'Bara vårdcentraler har del av regionen: lämna den tom.', { rule: 'EDU-2', field: 'input.regionPart' }));
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
 * Checks a changed member of staff (`input`): name (at most 150 characters), title (optional, at most
 * 150), at least one role (ROLE_REQUIRED) and not the trainee role (TRAINEE_ROLE_NOT_ALLOWED: trainees
 * are employed as trainees, not staff); ORG-2: a director of studies has a scope
 * (DIRECTOR_OF_STUDIES_SCOPE_REQUIRED), and only a director of studies has one
 * (DIRECTOR_OF_STUDIES_SCOPE_NOT_ALLOWED); the person's unit is at their site (UNIT_AT_OTHER_SITE).
 */
export function personProblems(draft: PersonDraft, placement: { siteId?: string | null; unitSiteId?: string } = {}): Problem[] {
  const problems = [
    ...textFieldProblems('input.name', 'Namnet', draft.name, { required: true, maxLength: 150 }),
    ...textFieldProblems('input.title', 'Titeln', draft.title, { required: false, maxLength: 150 }),
  ];
  if (draft.roles.length === 0) problems.push(problem('ROLE_REQUIRED', 'Välj minst en roll.', { field: 'input.roles' }));
  if (draft.roles.includes(TRAINEE)) {
    problems.push(problem('TRAINEE_ROLE_NOT_ALLOWED', 'Personal kan inte ha rollen BT-läkare; BT-läkare läggs upp som BT-läkare.', { field: 'input.roles' }));
  }
  const directorOfStudies = draft.roles.includes(DIRECTOR_OF_STUDIES);
  if (directorOfStudies && !draft.directorOfStudiesScope) {
    problems.push(
      problem('DIRECTOR_OF_STUDIES_SCOPE_REQUIRED', 'En BT-studierektor ska ha ett ansvarsområde: välj studierektorns ansvar.', {
        rule: 'ORG-2',
        field: 'input.directorOfStudiesScope',
      }),
    );
  }
  if (!directorOfStudies && draft.directorOfStudiesScope) {
    problems.push(
      problem('DIRECTOR_OF_STUDIES_SCOPE_NOT_ALLOWED', 'Bara en BT-studierektor har ansvarsområde: lämna studierektorns ansvar tomt.', {
        rule: 'ORG-2',
        field: 'input.directorOfStudiesScope',
      }),
    );
  }
  if (placement.siteId && placement.unitSiteId !== undefined && placement.unitSiteId !== placement.siteId) {
    problems.push(
      problem('UNIT_AT_OTHER_SITE', 'Enheten hör till en annan huvudort än personens. Välj en enhet på personens huvudort.', { field: 'input.unitId' }),
    );
  }
  return problems;
}

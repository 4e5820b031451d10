import { DirectorOfStudiesScope, RegionPart, UnitKind } from './organisation';
import { personProblems, unitProblems } from './staff-rules';
import { missingReferences } from './text-rules';

describe('units', () => {
  it('EDU-2: a vårdcentral is east or west; other units have no region part', () => {
    expect(unitProblems({ name: 'Vårdcentralen Dalbo', kind: UnitKind.PRIMARY_CARE, regionPart: RegionPart.EAST })).toEqual([]);
    expect(unitProblems({ name: 'Vårdcentralen Dalbo', kind: UnitKind.PRIMARY_CARE })).toEqual([
      expect.objectContaining({ code: 'REGION_PART_REQUIRED', rule: 'EDU-2', field: 'input.regionPart' }),
    ]);
    expect(unitProblems({ name: 'Akuten Växjö', kind: UnitKind.EMERGENCY, regionPart: RegionPart.WEST })).toEqual([
      expect.objectContaining({ code: 'REGION_PART_NOT_ALLOWED', rule: 'EDU-2', field: 'input.regionPart' }),
    ]);
  });

  it('needs a name of at most 150 characters', () => {
    expect(unitProblems({ name: '', kind: UnitKind.SURGERY })).toEqual([
      { code: 'TEXT_REQUIRED', field: 'input.name', message: 'Enhetens namn får inte vara tomt.' },
    ]);
    expect(unitProblems({ name: 'x'.repeat(151), kind: UnitKind.SURGERY })).toEqual([
      expect.objectContaining({ code: 'TEXT_TOO_LONG', params: { maxLength: 150 } }),
    ]);
  });
});

describe('staff', () => {
  it("a unit of the person is at the person's site", () => {
    expect(personProblems({ name: 'Eva Berg', roles: ['CLINICAL_SUPERVISOR'] }, { siteId: 'a', unitSiteId: 'a' })).toEqual([]);
    expect(personProblems({ name: 'Eva Berg', roles: ['CLINICAL_SUPERVISOR'] }, { siteId: 'a', unitSiteId: 'b' })).toEqual([
      expect.objectContaining({ code: 'UNIT_AT_OTHER_SITE', field: 'input.unitId' }),
    ]);
  });

  it('accepts a person with a name and a role', () => {
    expect(personProblems({ name: 'Eva Berg', roles: ['HR_COORDINATOR'] })).toEqual([]);
  });

  it('needs a role, and never the trainee role', () => {
    expect(personProblems({ name: 'Eva Berg', roles: [] })).toEqual([{ code: 'ROLE_REQUIRED', field: 'input.roles', message: 'Välj minst en roll.' }]);
    expect(personProblems({ name: 'Eva Berg', roles: ['TRAINEE'] })).toEqual([
      expect.objectContaining({ code: 'TRAINEE_ROLE_NOT_ALLOWED', field: 'input.roles' }),
    ]);
  });

  it('ORG-2: a director of studies has a scope, and nobody else has one', () => {
    expect(personProblems({ name: 'S R', roles: ['DIRECTOR_OF_STUDIES'] })).toEqual([
      expect.objectContaining({ code: 'DIRECTOR_OF_STUDIES_SCOPE_REQUIRED', rule: 'ORG-2', field: 'input.directorOfStudiesScope' }),
    ]);
    expect(personProblems({ name: 'S R', roles: ['DIRECTOR_OF_STUDIES'], directorOfStudiesScope: DirectorOfStudiesScope.PRIMARY_CARE })).toEqual([]);
    expect(personProblems({ name: 'S R', roles: ['DIRECTOR'], directorOfStudiesScope: DirectorOfStudiesScope.PRIMARY_CARE })).toEqual([
      expect.objectContaining({ code: 'DIRECTOR_OF_STUDIES_SCOPE_NOT_ALLOWED', rule: 'ORG-2' }),
    ]);
  });

  it('limits name and title length; an empty title is no title', () => {
    expect(personProblems({ name: ' ', title: 'x'.repeat(151), roles: ['DIRECTOR'] })).toEqual([
      { code: 'TEXT_REQUIRED', field: 'input.name', message: 'Namnet får inte vara tomt.' },
      { code: 'TEXT_TOO_LONG', field: 'input.title', message: 'Titeln får vara högst 150 tecken.', params: { maxLength: 150 } },
    ]);
    expect(personProblems({ name: 'Eva', title: '  ', roles: ['DIRECTOR'] })).toEqual([]);
  });

  it('a reference that does not exist is NOT_FOUND on its field; one not given or found is fine', () => {
    expect(
      missingReferences([
        ['Huvudorten', 'input.siteId', 'x', undefined],
        ['Enheten', 'input.unitId', 'u', { id: 'u' }],
        ['Enheten', 'input.unitId', null, undefined],
      ]),
    ).toEqual([{ code: 'NOT_FOUND', field: 'input.siteId', message: 'Huvudorten finns inte (id "x"). Välj en som finns.', params: { id: 'x' } }]);
  });

  it('never names rule ids or API arguments in a message', () => {
    const problems = [
      ...personProblems({ name: '', title: 'x'.repeat(151), roles: ['TRAINEE', 'DIRECTOR_OF_STUDIES'] }, { siteId: 'a', unitSiteId: 'b' }),
      ...unitProblems({ name: '', kind: UnitKind.PRIMARY_CARE }),
    ];
    for (const { message } of problems) expect(message).not.toMatch(/ORG-2|EDU-2|\(\w+\)|input\.|siteId|unitId|roles|directorOfStudiesScope|regionPart/);
  });
});

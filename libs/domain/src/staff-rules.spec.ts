import { DirectorOfStudiesScope, RegionPart, UnitKind } from './organisation';
import { personProblems, unitProblems } from './staff-rules';
import { missingReference, missingReferences } from './text-rules';

describe('units', () => {
  it('EDU-2: a vårdcentral is east or west; other units have no region part', () => {
    expect(unitProblems({ name: 'Vårdcentralen Dalbo', kind: UnitKind.PRIMARY_CARE, regionPart: RegionPart.EAST })).toEqual([]);
    expect(unitProblems({ name: 'Vårdcentralen Dalbo', kind: UnitKind.PRIMARY_CARE })).toEqual([expect.stringMatching(/^EDU-2/)]);
    expect(unitProblems({ name: 'Akuten Växjö', kind: UnitKind.EMERGENCY, regionPart: RegionPart.WEST })).toEqual([
      expect.stringMatching(/Bara vårdcentraler/),
    ]);
  });

  it('needs a name of at most 150 characters', () => {
    expect(unitProblems({ name: '', kind: UnitKind.SURGERY })).toEqual(['Enhetens namn (name) får inte vara tomt.']);
    expect(unitProblems({ name: 'x'.repeat(151), kind: UnitKind.SURGERY })).toEqual([expect.stringMatching(/högst 150/)]);
  });
});

describe('staff', () => {
  it('a unit of the person is at the person\'s site', () => {
    expect(personProblems({ name: 'Eva Berg', roles: ['CLINICAL_SUPERVISOR'] }, { siteId: 'a', unitSiteId: 'a' })).toEqual([]);
    expect(personProblems({ name: 'Eva Berg', roles: ['CLINICAL_SUPERVISOR'] }, { siteId: 'a', unitSiteId: 'b' })).toEqual([
      expect.stringMatching(/annan huvudort/),
    ]);
  });

  it('accepts a person with a name and a role', () => {
    expect(personProblems({ name: 'Eva Berg', roles: ['HR_COORDINATOR'] })).toEqual([]);
  });

  it('needs a role, and never the trainee role', () => {
    expect(personProblems({ name: 'Eva Berg', roles: [] })).toEqual(['Ange minst en roll (roles).']);
    expect(personProblems({ name: 'Eva Berg', roles: ['TRAINEE'] })).toEqual([expect.stringMatching(/BT-läkare/)]);
  });

  it('ORG-2: a director of studies has a scope, and nobody else has one', () => {
    expect(personProblems({ name: 'S R', roles: ['DIRECTOR_OF_STUDIES'] })).toEqual([expect.stringMatching(/^ORG-2/)]);
    expect(personProblems({ name: 'S R', roles: ['DIRECTOR_OF_STUDIES'], directorOfStudiesScope: DirectorOfStudiesScope.PRIMARY_CARE })).toEqual([]);
    expect(personProblems({ name: 'S R', roles: ['DIRECTOR'], directorOfStudiesScope: DirectorOfStudiesScope.PRIMARY_CARE })).toEqual([
      expect.stringMatching(/Bara en BT-studierektor/),
    ]);
  });

  it('limits name and title length; an empty title is no title', () => {
    expect(personProblems({ name: ' ', title: 'x'.repeat(151), roles: ['DIRECTOR'] })).toEqual([
      'Namnet (name) får inte vara tomt.',
      'Titeln (title) får vara högst 150 tecken.',
    ]);
    expect(personProblems({ name: 'Eva', title: '  ', roles: ['DIRECTOR'] })).toEqual([]);
  });

  it('names the field of a reference that does not exist', () => {
    expect(missingReference('Huvudorten', 'siteId', 'x')).toBe('Huvudorten (siteId) med id "x" finns inte.');
    expect(missingReferences([['Huvudorten', 'siteId', 'x', undefined], ['Enheten', 'unitId', 'u', { id: 'u' }], ['Enheten', 'unitId', null, undefined]])).toEqual([
      'Huvudorten (siteId) med id "x" finns inte.',
    ]);
  });
});

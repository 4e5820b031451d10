/** @jest-environment node */
import { hasPermission, reachesRow, reachesSite, type GrantedPermission } from './permissions';

const LJUNGBY = 'ORG-1';
const VAXJO = 'ORG-2';

const deputy: GrantedPermission[] = [
  { permission: 'READ_PROGRAMME', scope: 'ALL' },
  { permission: 'EDIT_COHORTS', scope: 'OWN_SITE', siteId: LJUNGBY },
];
const director: GrantedPermission[] = [{ permission: 'EDIT_COHORTS', scope: 'ALL', siteId: null }];
const supervisor: GrantedPermission[] = [{ permission: 'READ_TRAINEES', scope: 'OWN_ROWS' }];

describe('permissions granted by the server', () => {
  it('has what is granted, at any scope', () => {
    expect(hasPermission(deputy, 'EDIT_COHORTS')).toBe(true);
    expect(hasPermission(deputy, 'MAKE_OFFER')).toBe(false);
    expect(hasPermission(supervisor, 'READ_TRAINEES')).toBe(true);
    expect(hasPermission(undefined, 'READ_PROGRAMME')).toBe(false);
  });

  it('reaches every site with ALL, only the own site with OWN_SITE', () => {
    expect(reachesSite(director, 'EDIT_COHORTS', VAXJO)).toBe(true);
    expect(reachesSite(deputy, 'EDIT_COHORTS', LJUNGBY)).toBe(true);
    expect(reachesSite(deputy, 'EDIT_COHORTS', VAXJO)).toBe(false);
    expect(reachesSite(deputy, 'EDIT_COHORTS', undefined)).toBe(false);
    expect(reachesSite(deputy, 'SET_SALARY', LJUNGBY)).toBe(false);
  });

  it('leaves OWN_ROWS to the server, row by row', () => {
    expect(reachesSite(supervisor, 'READ_TRAINEES', VAXJO)).toBe(true);
  });

  it('reaches a row whose own-rows test the page knows: OWN_ROWS only the own row, the other scopes as for the site', () => {
    expect(reachesRow(supervisor, 'READ_TRAINEES', VAXJO, true)).toBe(true);
    expect(reachesRow(supervisor, 'READ_TRAINEES', VAXJO, false)).toBe(false);
    expect(reachesRow(deputy, 'EDIT_COHORTS', LJUNGBY, false)).toBe(true);
    expect(reachesRow(deputy, 'EDIT_COHORTS', VAXJO, true)).toBe(false);
    expect(reachesRow(director, 'EDIT_COHORTS', VAXJO, false)).toBe(true);
    expect(reachesRow(undefined, 'EDIT_COHORTS', VAXJO, true)).toBe(false);
  });
});

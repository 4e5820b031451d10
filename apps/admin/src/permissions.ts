/** What a role may do in the dashboard. The server enforces the same rules; this only shapes menus and buttons. */
export type Permissions = string[] | undefined;

const has = (permissions: Permissions, ...roles: string[]) => !!permissions?.some((role) => roles.includes(role));

export const PROGRAMME_ROLES = ['DIRECTOR', 'DEPUTY_DIRECTOR', 'DIRECTOR_OF_STUDIES', 'HR_COORDINATOR', 'ADMIN_SUPPORT'];

export const can = {
  seeProgramme: (p: Permissions) => has(p, ...PROGRAMME_ROLES),
  seeTrainees: (p: Permissions) => has(p, ...PROGRAMME_ROLES, 'MAIN_SUPERVISOR', 'CLINICAL_SUPERVISOR', 'TRAINEE'),
  editCohorts: (p: Permissions) => has(p, 'DIRECTOR', 'DEPUTY_DIRECTOR'),
  editEmployment: (p: Permissions) => has(p, 'DIRECTOR', 'HR_COORDINATOR'),
  editOrganisation: (p: Permissions) => has(p, 'DIRECTOR', 'ADMIN_SUPPORT'),
  manageRounds: (p: Permissions) => has(p, 'DIRECTOR'),
  handleApplications: (p: Permissions) => has(p, 'DIRECTOR', 'HR_COORDINATOR'),
  makeOffers: (p: Permissions) => has(p, 'DIRECTOR', 'DEPUTY_DIRECTOR'),
  answerOffers: (p: Permissions) => has(p, 'DIRECTOR', 'DEPUTY_DIRECTOR', 'HR_COORDINATOR'),
  recordSylf: (p: Permissions) => has(p, 'HR_COORDINATOR'),
  score: (p: Permissions) => !!p?.length && !has(p, 'TRAINEE'),
  seeSalaries: (p: Permissions) => has(p, 'DIRECTOR', 'DEPUTY_DIRECTOR', 'HR_COORDINATOR'),
  setSalaryGuidelines: (p: Permissions) => has(p, 'DIRECTOR'),
};

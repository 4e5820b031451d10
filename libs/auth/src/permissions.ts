import { ALL_ROLES, PROGRAMME_ROLES, Role } from './role';
import { forbidden } from './auth-errors';
import type { Viewer } from './viewer';
import { ServiceName } from './service-identity';

/**
 * What someone may do, named once. Every query, mutation and reference resolver states the permission
 * it needs (`@Authorized(Permission.MAKE_OFFER)`), services check the row scope below, and the
 * dashboard reads `viewer { permissions }` for its menus and buttons. The only table of who may do
 * what: change it here.
 */
export enum Permission {
  /** Sites, units, a person by id, goals and goal frameworks: anyone signed in. */
  READ_ORGANISATION = 'READ_ORGANISATION',
  /** Lists of staff. */
  READ_STAFF = 'READ_STAFF',
  /** Change units and staff (ORG-3). */
  EDIT_ORGANISATION = 'EDIT_ORGANISATION',
  /** ORG-2: grant and remove the privileged roles (PRIVILEGED_ROLES of @bt/domain): the Director only. */
  GRANT_PRIVILEGED_ROLES = 'GRANT_PRIVILEGED_ROLES',
  /** The audit trail: who read or changed what, sign-ins and refused attempts. Nobody changes it. */
  READ_AUDIT = 'READ_AUDIT',
  /** Record a sign-in in the audit trail: only the gateway's service identity, which issues the tokens. */
  RECORD_SIGN_IN = 'RECORD_SIGN_IN',
  /** Publish a goal framework (the 18 goals of a regulation version). */
  PUBLISH_GOAL_FRAMEWORK = 'PUBLISH_GOAL_FRAMEWORK',
  /** Cohorts and the start page's overview per site. */
  READ_PROGRAMME = 'READ_PROGRAMME',
  /** Create, change and delete cohorts. */
  EDIT_COHORTS = 'EDIT_COHORTS',
  /** Trainees and what belongs to them (placements, goals, certificates), within the row scope. */
  READ_TRAINEES = 'READ_TRAINEES',
  /**
   * EDU-10: the portfolio, within READ_TRAINEES' row scope: the competence profile (levels and notes,
   * EDU-11) and the assessments kept in it; the trainee, supervisors, the (deputy) Director and the
   * directors of studies; not HR or admin support.
   */
  READ_PORTFOLIO = 'READ_PORTFOLIO',
  /** Change a trainee's employment (form, dates, extent). */
  EDIT_EMPLOYMENT = 'EDIT_EMPLOYMENT',
  /** A personal identity number in full (audited); everyone else sees it masked. */
  READ_IDENTITY_NUMBER = 'READ_IDENTITY_NUMBER',
  /** EMP-2: salaries and salary guidelines. */
  READ_SALARY = 'READ_SALARY',
  /** EMP-2: set a trainee's salary. */
  SET_SALARY = 'SET_SALARY',
  /** EMP-2: set the central salary guideline of a year. */
  SET_SALARY_GUIDELINE = 'SET_SALARY_GUIDELINE',
  /** Recruitment rounds and their applications: all, or the rounds one sits on the panel of (REC-9). */
  READ_RECRUITMENT = 'READ_RECRUITMENT',
  /**
   * Run the process: create, change and move rounds, seat the panel (REC-1, REC-2, REC-9). The seed:
   * HR "har ett specifikt ansvar för rekryteringsprocessens olika delar", so HR with the Director.
   */
  MANAGE_ROUNDS = 'MANAGE_ROUNDS',
  /**
   * REC-1, REC-4: the recruitment decisions that are not offers: a second round for a start term, admitting
   * a late application, the rubric, reopening submitted scores. The Director and the deputy.
   */
  DECIDE_RECRUITMENT = 'DECIDE_RECRUITMENT',
  /** Import applications, record requirements and merits, interview times, criminal-records checks (REC-3, REC-5, REC-6, REC-7). */
  HANDLE_APPLICATIONS = 'HANDLE_APPLICATIONS',
  /** REC-10: record SYLF's attendance at an interview. */
  RECORD_SYLF = 'RECORD_SYLF',
  /** REC-4: score applications as a member of the interview panel. */
  SCORE_APPLICATIONS = 'SCORE_APPLICATIONS',
  /** REC-4, REC-8: the ranking and the reserve list. */
  READ_RANKING = 'READ_RANKING',
  /** REC-7: make an offer. */
  MAKE_OFFER = 'MAKE_OFFER',
  /** REC-7, REC-8: register an answer to an offer, or that it expired. */
  ANSWER_OFFER = 'ANSWER_OFFER',
  /**
   * The trainees one supervises (EDU-7, EDU-8, EDU-9) are in one's row scope of READ_TRAINEES: the
   * supervisors' roles.
   */
  READ_SUPERVISED_TRAINEES = 'READ_SUPERVISED_TRAINEES',
  /**
   * The subgraphs' change feeds (README, "Läsmodeller mellan delgrafer"): education's (every trainee's
   * placements and supervisors as they change, which employment and certification keep as their read
   * models) and employment's (every trainee's employment, which education keeps). Only the service
   * identities; no role.
   */
  READ_CHANGE_FEED = 'READ_CHANGE_FEED',
  /**
   * EDU-7, ORG-2: the supervisor register: record a person's licence, specialist or ST status and
   * specialty, supervisor training and experience. HR, the Director and the directors of studies.
   */
  EDIT_SUPERVISOR_REGISTER = 'EDIT_SUPERVISOR_REGISTER',
  /**
   * EDU-7, ORG-2, EMP-1: appoint a trainee's main supervisor (HHL) and the clinical supervisors of
   * placements. The HHL: separate BT by the AT/BT organisation (the deputy for their site), integrated BT
   * by a head of unit (the service checks which applies by the employment form, mainSupervisorAppointer).
   * Clinical supervisors: the AT/BT organisation, or the head of unit or unit BT lead of the placement's
   * unit (ORG-1, seed 003: "Handledarna utses på respektive klinik av BT-ansvariga eller verksamhetschefen").
   */
  ASSIGN_SUPERVISORS = 'ASSIGN_SUPERVISORS',
  /**
   * EDU-7, EMP-1: what education needs to check one supervisor assignment (the person's register entry
   * and unit, the trainee's employment form and site). Only education's service identity; no role.
   */
  READ_SUPERVISION_FACTS = 'READ_SUPERVISION_FACTS',
  /**
   * EDU-1, EDU-2, EDU-5: plan a trainee's BT: the draft from the region's template, placements and
   * planned vacation, confirming the plan. The Director, the directors of studies (who plan), the
   * deputy director for trainees of their own site (ORG-1).
   */
  PLAN_TRAINING = 'PLAN_TRAINING',
  /**
   * EDU-8 (seed 004): record the main supervisor's checkpoints A, B and C and the handovers between
   * placements. The trainee's own main supervisor (OWN_ROWS: the service checks it is theirs), the
   * directors of studies and the Director, the deputy director for trainees of their own site.
   */
  RECORD_CHECKPOINTS = 'RECORD_CHECKPOINTS',
  /**
   * ACC-1–ACC-3: tick the access tasks before and during BT (record-system access, door access, the
   * administrative move before each placement). Admin support, who does them, and HR.
   */
  MANAGE_ACCESS = 'MANAGE_ACCESS',
  /**
   * ABS-1, ABS-2: a trainee's absence and service ledger, within READ_TRAINEES' row scope, and for a head
   * of unit the trainees placed at their unit (OWN_ROWS: the service checks the placement). Sick leave and
   * VAB show as "Frånvaro" unless READ_SICK_LEAVE reaches the row too.
   */
  READ_ABSENCES = 'READ_ABSENCES',
  /** Apply for absence: the trainee for themself (OWN_ROWS), HR and admin support on a trainee's behalf. */
  APPLY_ABSENCE = 'APPLY_ABSENCE',
  /**
   * ABS-3, ABS-9, ABS-12: decide an application: the head of the trainee's unit (OWN_ROWS), HR/payroll
   * registering the decision of a head in private primary care, the Director (the deputy: own site) for
   * leave of absence, research leave and external courses. The service checks which applies.
   */
  DECIDE_ABSENCE = 'DECIDE_ABSENCE',
  /** Issue 12 part 6: import absences from the payroll/HR system's export (HR only); approved lines are recorded as decided there. */
  IMPORT_ABSENCES = 'IMPORT_ABSENCES',
  /**
   * ABS-10, ABS-11 (GDPR art. 9): the kind, note and reasons of sick leave and VAB, and the sick-leave
   * follow-up: the Director, the deputy for their own site, HR, the head of the trainee's current unit.
   * Every read is audited.
   */
  READ_SICK_LEAVE = 'READ_SICK_LEAVE',
  /** ABS-2: record whether a placement's absence is acceptable: its head of unit or clinical supervisor (OWN_ROWS). */
  JUDGE_PLACEMENT_ABSENCE = 'JUDGE_PLACEMENT_ABSENCE',
  /** ABS-10, ABS-11: record whether rehabilitation starts, and the rehabilitation plan: the Director, the deputy for their own site. */
  DECIDE_REHABILITATION = 'DECIDE_REHABILITATION',
  /**
   * ABS-5, ABS-6, ABS-7: a trainee's extra hours, flexitime and on-call compensation. HR and the Director
   * every trainee, the deputy director their own site's (ORG-1), a head of unit the trainees placed in
   * their unit today, a trainee themself.
   */
  READ_WORKING_TIME = 'READ_WORKING_TIME',
  /** ABS-5, ABS-6, ABS-7: record extra hours per month, flex balances and on-call hours per placement, and reconcile a quarter: HR. */
  RECORD_WORKING_TIME = 'RECORD_WORKING_TIME',
  /** ABS-6: the list of trainees over the limits after a quarter, and the plan made with each: the Director, the deputy director for their own site (ORG-1). */
  PLAN_EXTRA_HOURS = 'PLAN_EXTRA_HOURS',
  /** ABS-5: how on-call compensation is split between pay and leave, for the region or a site: the Director and HR. */
  SET_ON_CALL_SPLIT = 'SET_ON_CALL_SPLIT',
  /** EMP-5: the workplace meetings (APT) of a site and a term: the programme roles; a trainee those of her own site (OWN_ROWS). */
  READ_WORKPLACE_MEETINGS = 'READ_WORKPLACE_MEETINGS',
  /** EMP-5: plan workplace meetings and record attendance: the Director, the deputy for their own site (ORG-1), admin support. */
  PLAN_WORKPLACE_MEETINGS = 'PLAN_WORKPLACE_MEETINGS',
  /** EMP-6: book the exit conversation after BT and record it as held, with its notes: the Director, the deputy for their own site. */
  RECORD_EXIT_CONVERSATION = 'RECORD_EXIT_CONVERSATION',
  /** EMP-6: answer one's own evaluation of BT: the trainee (OWN_ROWS). Nobody else reads a trainee's answers. */
  ANSWER_BT_EVALUATION = 'ANSWER_BT_EVALUATION',
  /** EMP-6: the anonymous summary of a cohort's evaluations (from three answers): the Director, the deputy for their own site, the directors of studies. */
  READ_BT_EVALUATION_SUMMARY = 'READ_BT_EVALUATION_SUMMARY',
}

/**
 * Which rows a role's permission reaches:
 * - ALL: every row.
 * - OWN_SITE: rows of the viewer's own site (the deputy director's employer responsibility, ORG-1).
 * - OWN_ROWS: rows the service finds to be the viewer's own (supervised trainees, oneself, the rounds
 *   one sits on the panel of).
 */
export enum PermissionScope {
  ALL = 'ALL',
  OWN_SITE = 'OWN_SITE',
  OWN_ROWS = 'OWN_ROWS',
}

type Grant = Partial<Record<Role, PermissionScope>>;

const everyone = (scope: PermissionScope, roles: readonly Role[]): Grant => Object.fromEntries(roles.map((role) => [role, scope]));
const { ALL, OWN_SITE, OWN_ROWS } = PermissionScope;
const STAFF = ALL_ROLES.filter((role) => role !== Role.TRAINEE);

/** The table: per permission, the roles that have it and how far it reaches. */
export const PERMISSIONS: Record<Permission, Grant> = {
  [Permission.READ_ORGANISATION]: everyone(ALL, ALL_ROLES),
  [Permission.READ_STAFF]: everyone(ALL, PROGRAMME_ROLES),
  [Permission.EDIT_ORGANISATION]: { [Role.DIRECTOR]: ALL, [Role.ADMIN_SUPPORT]: ALL },
  [Permission.GRANT_PRIVILEGED_ROLES]: { [Role.DIRECTOR]: ALL },
  [Permission.READ_AUDIT]: { [Role.DIRECTOR]: ALL },
  [Permission.RECORD_SIGN_IN]: {},
  [Permission.PUBLISH_GOAL_FRAMEWORK]: { [Role.DIRECTOR]: ALL, [Role.ADMIN_SUPPORT]: ALL },
  [Permission.READ_PROGRAMME]: everyone(ALL, PROGRAMME_ROLES),
  [Permission.EDIT_COHORTS]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: OWN_SITE },
  [Permission.READ_TRAINEES]: {
    ...everyone(ALL, PROGRAMME_ROLES),
    [Role.MAIN_SUPERVISOR]: OWN_ROWS,
    [Role.CLINICAL_SUPERVISOR]: OWN_ROWS,
    [Role.TRAINEE]: OWN_ROWS,
  },
  [Permission.READ_PORTFOLIO]: {
    [Role.DIRECTOR]: ALL,
    [Role.DEPUTY_DIRECTOR]: ALL,
    [Role.DIRECTOR_OF_STUDIES]: ALL,
    [Role.MAIN_SUPERVISOR]: OWN_ROWS,
    [Role.CLINICAL_SUPERVISOR]: OWN_ROWS,
    [Role.TRAINEE]: OWN_ROWS,
  },
  [Permission.EDIT_EMPLOYMENT]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: OWN_SITE, [Role.HR_COORDINATOR]: ALL },
  [Permission.READ_IDENTITY_NUMBER]: {
    [Role.DIRECTOR]: ALL,
    [Role.DEPUTY_DIRECTOR]: ALL,
    [Role.HR_COORDINATOR]: ALL,
    [Role.ADMIN_SUPPORT]: ALL,
  },
  [Permission.READ_SALARY]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: ALL, [Role.HR_COORDINATOR]: ALL },
  [Permission.SET_SALARY]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: OWN_SITE, [Role.HR_COORDINATOR]: ALL },
  [Permission.SET_SALARY_GUIDELINE]: { [Role.DIRECTOR]: ALL },
  [Permission.READ_RECRUITMENT]: {
    ...everyone(OWN_ROWS, STAFF),
    [Role.DIRECTOR]: ALL,
    [Role.DEPUTY_DIRECTOR]: ALL,
    [Role.HR_COORDINATOR]: ALL,
  },
  [Permission.MANAGE_ROUNDS]: { [Role.DIRECTOR]: ALL, [Role.HR_COORDINATOR]: ALL },
  [Permission.DECIDE_RECRUITMENT]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: ALL },
  [Permission.HANDLE_APPLICATIONS]: { [Role.DIRECTOR]: ALL, [Role.HR_COORDINATOR]: ALL },
  [Permission.RECORD_SYLF]: { [Role.HR_COORDINATOR]: ALL },
  [Permission.SCORE_APPLICATIONS]: everyone(OWN_ROWS, STAFF),
  [Permission.READ_RANKING]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: ALL, [Role.HR_COORDINATOR]: ALL },
  [Permission.MAKE_OFFER]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: OWN_SITE },
  [Permission.ANSWER_OFFER]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: OWN_SITE, [Role.HR_COORDINATOR]: ALL },
  [Permission.READ_SUPERVISED_TRAINEES]: { [Role.MAIN_SUPERVISOR]: OWN_ROWS, [Role.CLINICAL_SUPERVISOR]: OWN_ROWS },
  [Permission.READ_CHANGE_FEED]: {},
  [Permission.EDIT_SUPERVISOR_REGISTER]: { [Role.DIRECTOR]: ALL, [Role.DIRECTOR_OF_STUDIES]: ALL, [Role.HR_COORDINATOR]: ALL },
  [Permission.ASSIGN_SUPERVISORS]: {
    [Role.DIRECTOR]: ALL,
    [Role.DEPUTY_DIRECTOR]: OWN_SITE,
    [Role.DIRECTOR_OF_STUDIES]: ALL,
    [Role.HEAD_OF_UNIT]: OWN_ROWS,
    [Role.UNIT_BT_LEAD]: OWN_ROWS,
  },
  [Permission.READ_SUPERVISION_FACTS]: {},
  [Permission.PLAN_TRAINING]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: OWN_SITE, [Role.DIRECTOR_OF_STUDIES]: ALL },
  [Permission.RECORD_CHECKPOINTS]: {
    [Role.DIRECTOR]: ALL,
    [Role.DEPUTY_DIRECTOR]: OWN_SITE,
    [Role.DIRECTOR_OF_STUDIES]: ALL,
    [Role.MAIN_SUPERVISOR]: OWN_ROWS,
  },
  [Permission.MANAGE_ACCESS]: { [Role.ADMIN_SUPPORT]: ALL, [Role.HR_COORDINATOR]: ALL },
  [Permission.READ_ABSENCES]: {
    ...everyone(ALL, PROGRAMME_ROLES),
    [Role.MAIN_SUPERVISOR]: OWN_ROWS,
    [Role.CLINICAL_SUPERVISOR]: OWN_ROWS,
    [Role.HEAD_OF_UNIT]: OWN_ROWS,
    [Role.TRAINEE]: OWN_ROWS,
  },
  [Permission.APPLY_ABSENCE]: { [Role.TRAINEE]: OWN_ROWS, [Role.HR_COORDINATOR]: ALL, [Role.ADMIN_SUPPORT]: ALL },
  [Permission.DECIDE_ABSENCE]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: OWN_SITE, [Role.HR_COORDINATOR]: ALL, [Role.HEAD_OF_UNIT]: OWN_ROWS },
  [Permission.IMPORT_ABSENCES]: { [Role.HR_COORDINATOR]: ALL },
  [Permission.READ_SICK_LEAVE]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: OWN_SITE, [Role.HR_COORDINATOR]: ALL, [Role.HEAD_OF_UNIT]: OWN_ROWS },
  [Permission.JUDGE_PLACEMENT_ABSENCE]: { [Role.HEAD_OF_UNIT]: OWN_ROWS, [Role.CLINICAL_SUPERVISOR]: OWN_ROWS },
  [Permission.DECIDE_REHABILITATION]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: OWN_SITE },
  [Permission.READ_WORKING_TIME]: {
    [Role.DIRECTOR]: ALL,
    [Role.DEPUTY_DIRECTOR]: OWN_SITE,
    [Role.HR_COORDINATOR]: ALL,
    [Role.HEAD_OF_UNIT]: OWN_ROWS,
    [Role.TRAINEE]: OWN_ROWS,
  },
  [Permission.RECORD_WORKING_TIME]: { [Role.HR_COORDINATOR]: ALL },
  [Permission.PLAN_EXTRA_HOURS]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: OWN_SITE },
  [Permission.SET_ON_CALL_SPLIT]: { [Role.DIRECTOR]: ALL, [Role.HR_COORDINATOR]: ALL },
  [Permission.READ_WORKPLACE_MEETINGS]: { ...everyone(ALL, PROGRAMME_ROLES), [Role.TRAINEE]: OWN_ROWS },
  [Permission.PLAN_WORKPLACE_MEETINGS]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: OWN_SITE, [Role.ADMIN_SUPPORT]: ALL },
  [Permission.RECORD_EXIT_CONVERSATION]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: OWN_SITE },
  [Permission.ANSWER_BT_EVALUATION]: { [Role.TRAINEE]: OWN_ROWS },
  [Permission.READ_BT_EVALUATION_SUMMARY]: { [Role.DIRECTOR]: ALL, [Role.DEPUTY_DIRECTOR]: OWN_SITE, [Role.DIRECTOR_OF_STUDIES]: ALL },
};

/**
 * The only permissions of the service identities (README, "Tjänsteidentitet mellan delgrafer"): the
 * reads another subgraph needs, nothing else (education's change feed for the read models; a trainee's
 * employment period, a placement's unit and a cohort's site for education's planning).
 */
export const SERVICE_PERMISSIONS: Record<ServiceName, readonly Permission[]> = {
  [ServiceName.EMPLOYMENT]: [Permission.READ_CHANGE_FEED],
  [ServiceName.CERTIFICATION]: [Permission.READ_CHANGE_FEED],
  [ServiceName.EDUCATION]: [Permission.READ_CHANGE_FEED, Permission.READ_ORGANISATION, Permission.READ_PROGRAMME, Permission.READ_SUPERVISION_FACTS],
  [ServiceName.GATEWAY]: [Permission.RECORD_SIGN_IN],
};

const SCOPE_REACH: Record<PermissionScope, number> = { [ALL]: 3, [OWN_SITE]: 2, [OWN_ROWS]: 1 };

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && value in PERMISSIONS;
}

/**
 * The widest scope any of the viewer's roles gives for `permission`, or undefined when none has it; for
 * a service identity, ALL for its own permissions (it names the person it asks for) and nothing else.
 */
export function permissionScope(viewer: Viewer | undefined, permission: Permission): PermissionScope | undefined {
  if (viewer?.service) return SERVICE_PERMISSIONS[viewer.service].includes(permission) ? ALL : undefined;
  let widest: PermissionScope | undefined;
  for (const role of viewer?.roles ?? []) {
    const scope = PERMISSIONS[permission][role];
    if (scope && (!widest || SCOPE_REACH[scope] > SCOPE_REACH[widest])) widest = scope;
  }
  return widest;
}

export function hasPermission(viewer: Viewer | undefined, permission: Permission): boolean {
  return permissionScope(viewer, permission) !== undefined;
}

/** A permission the viewer has, with its scope (and the site, for OWN_SITE): what `viewer { permissions }` lists. */
export interface GrantedPermission {
  permission: Permission;
  scope: PermissionScope;
  siteId?: string;
}

export function grantedPermissions(viewer: Viewer): GrantedPermission[] {
  return Object.values(Permission).flatMap((permission) => {
    const scope = permissionScope(viewer, permission);
    if (!scope) return [];
    return [scope === OWN_SITE ? { permission, scope, siteId: viewer.siteId } : { permission, scope }];
  });
}

/**
 * Whether the viewer's `permission` reaches a row of `siteId`: ALL reaches every site, OWN_SITE only
 * the viewer's own, OWN_ROWS is decided by the service (true here).
 */
export function permissionReachesSite(viewer: Viewer, permission: Permission, siteId: string): boolean {
  const scope = permissionScope(viewer, permission);
  if (scope === OWN_SITE) return viewer.siteId === siteId;
  return scope !== undefined;
}

/**
 * FORBIDDEN unless the viewer's `permission` reaches a row of `siteId` (ORG-1: the deputy director's
 * employer decisions are for their own site; the Director's for every site).
 */
export function assertPermissionReachesSite(viewer: Viewer, permission: Permission, siteId: string): void {
  if (!permissionReachesSite(viewer, permission, siteId)) {
    throw forbidden('Du beslutar bara för din egen huvudort; för den andra huvudorten beslutar AT/BT-chefen.', 'SITE_NOT_IN_SCOPE', 'ORG-1');
  }
}

import type { EducationActivity } from '../education-activities/activity-operations';

/**
 * EDU-5, EDU-7: the training plan and the supervisors on a trainee's page. The plan itself is read
 * with the trainee (resources.ts, `trainingPlan`); every change sends the plan's version read, and the
 * page reads the trainee again afterwards (a stale version → CONFLICT, then it reads again too).
 */
export const CREATE_DRAFT = `mutation ($traineeId: ID!) { createDraftTrainingPlan(traineeId: $traineeId) { id version } }`;

export const CREATE_PLACEMENT = `mutation ($traineeId: ID!, $planVersion: Int!, $input: PlacementInput!, $reason: String) {
  createPlacement(traineeId: $traineeId, planVersion: $planVersion, input: $input, reason: $reason) { id version } }`;

export const UPDATE_PLACEMENT = `mutation ($id: ID!, $planVersion: Int!, $input: PlacementChangeInput!, $reason: String) {
  updatePlacement(id: $id, planVersion: $planVersion, input: $input, reason: $reason) { id version } }`;

export const SPLIT_PLACEMENT = `mutation ($id: ID!, $planVersion: Int!, $at: Date!, $reason: String) {
  splitPlacement(id: $id, planVersion: $planVersion, at: $at, reason: $reason) { id version } }`;

export const DELETE_PLACEMENT = `mutation ($id: ID!, $planVersion: Int!, $reason: String) {
  deletePlacement(id: $id, planVersion: $planVersion, reason: $reason) { id version } }`;

export const UPDATE_VACATION = `mutation ($id: ID!, $planVersion: Int!, $startDate: Date, $endDate: Date, $reason: String) {
  updatePlannedVacation(id: $id, planVersion: $planVersion, startDate: $startDate, endDate: $endDate, reason: $reason) { id version } }`;

export const ADD_VACATION = `mutation ($traineeId: ID!, $planVersion: Int!, $input: PlannedVacationInput!, $reason: String) {
  addPlannedVacation(traineeId: $traineeId, planVersion: $planVersion, input: $input, reason: $reason) { id version } }`;

export const DELETE_VACATION = `mutation ($id: ID!, $planVersion: Int!, $reason: String) {
  deletePlannedVacation(id: $id, planVersion: $planVersion, reason: $reason) { id version } }`;

export const CONFIRM_PLAN = `mutation ($traineeId: ID!, $planVersion: Int!, $reason: String) {
  confirmTrainingPlan(traineeId: $traineeId, planVersion: $planVersion, reason: $reason) { id version } }`;

export const ASSIGN_MAIN_SUPERVISOR = `mutation ($traineeId: ID!, $personId: ID!, $fromDate: Date!, $version: Int) {
  assignMainSupervisor(traineeId: $traineeId, personId: $personId, fromDate: $fromDate, version: $version) {
    mainSupervision { version } warnings { code message params { name value } } } }`;

export const END_MAIN_SUPERVISION = `mutation ($traineeId: ID!, $version: Int!) { endMainSupervision(traineeId: $traineeId, version: $version) { id } }`;

export const SET_CLINICAL_SUPERVISOR = `mutation ($placementId: ID!, $personId: ID!) {
  setClinicalSupervisor(placementId: $placementId, personId: $personId) { placement { id } warnings { code message params { name value } } } }`;

/** The people who may be chosen as supervisors, with their entries in the supervisor register (EDU-7). */
export const SUPERVISOR_CANDIDATES = `query ($role: Role!) {
  personPage(page: 1, perPage: 500, sortField: "name", filter: { role: $role }) {
    items { id name title unit { id name } supervisorQualification {
      licensed specialistStatus specialty supervisorTrainingCourse supervisorTrainingDate yearsOfExperience } } } }`;

export const SET_SUPERVISOR_QUALIFICATION = `mutation ($personId: ID!, $version: Int, $input: SupervisorQualificationInput!) {
  setSupervisorQualification(personId: $personId, version: $version, input: $input) { version } }`;

/** What the trainee's page reads of the plan (resources.ts adds it to the trainee). */
export const TRAINING_PLAN_FIELDS = `trainingPlan { id version status confirmedAt deviationReason confirmedBy { id name }
  placements { id kind startDate endDate unit { id name } clinicalSupervisor { id name } }
  vacations { id startDate endDate }
  activities { id kind title date startTime endTime location cohortId trainee { id } }
  checks { code message severity params { name value } }
  changes { id version action summary reason changedAt changedBy { id name } } }
  mainSupervisorDueBy mainSupervision { fromDate version supervisor { id name } }`;

export interface PlanPlacement {
  id: string;
  kind: string;
  startDate: string;
  endDate: string;
  unit: { id: string; name: string };
  clinicalSupervisor: { id: string; name: string } | null;
}

export interface PlanCheck {
  code: string;
  message: string;
  severity: 'REFUSE' | 'BLOCKS_CONFIRMATION' | 'NEEDS_REASON';
  params: { name: string; value: string }[];
}

export interface PlanChange {
  id: string;
  version: number;
  action: string;
  summary: string;
  reason: string | null;
  changedAt: string;
  changedBy: { id: string; name: string } | null;
}

/** EDU-4, EDU-6: an education activity planned for the trainee: for her alone (trainee), her cohort (cohortId) or her whole main site. */
export type PlanActivity = Pick<EducationActivity, 'id' | 'kind' | 'title' | 'date' | 'startTime' | 'endTime' | 'location' | 'cohortId'> & {
  trainee: { id: string } | null;
};

export interface TrainingPlan {
  id: string;
  version: number;
  status: 'DRAFT' | 'CONFIRMED';
  confirmedAt: string | null;
  deviationReason: string | null;
  confirmedBy: { id: string; name: string } | null;
  placements: PlanPlacement[];
  vacations: { id: string; startDate: string; endDate: string }[];
  activities: PlanActivity[];
  checks: PlanCheck[];
  changes: PlanChange[];
}

/** The trainee as the plan tab reads it. */
export interface PlannedTrainee {
  id: string;
  siteId?: string;
  employmentStart: string;
  employmentEnd: string;
  employmentForm: string;
  mainSupervisorDueBy: string;
  mainSupervision: { fromDate: string; version: number; supervisor: { id: string; name: string } } | null;
  trainingPlan: TrainingPlan | null;
}

export interface SupervisorQualification {
  licensed: boolean;
  specialistStatus: string | null;
  specialty: string | null;
  supervisorTrainingCourse: string | null;
  supervisorTrainingDate: string | null;
  yearsOfExperience: number | null;
}

export interface SupervisorCandidate {
  id: string;
  name: string;
  title: string | null;
  unit: { id: string; name: string } | null;
  supervisorQualification: SupervisorQualification | null;
}

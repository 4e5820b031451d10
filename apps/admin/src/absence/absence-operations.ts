/** ABS-1–ABS-12: absences, the service ledger and decisions on applications, as the graph serves them. */

const ABSENCE_FIELDS = `id version kind label detailsHidden startDate endDate percent status note decisionReason unpaid
  appliedByName appliedOn decidedByName decidedAt decisionRoute warnings { code message }`;

const PROJECTION_FIELDS = 'twelveMonthsReachedOnBefore twelveMonthsReachedOnAfter daysLater extensionDaysAfter employmentEnd extensionPlanNeeded';

const LEDGER_FIELDS = `employmentStart employmentEnd requiredDays minimumDays serviceDaysToDate serviceDaysInEmployment nonServiceDays
  twelveMonthsReachedOn extensionDays sixMonthMinimumReachedOn sixMonthMinimumMet extensionPlanNeeded extensionPlanReasons
  placements { placementId unit { id name } startDate endDate absenceDays nonServiceDays serviceDays
    judgement { id acceptable note judgedByName judgedAs judgedAt } }`;

/** A trainee's absences and service ledger (also for a head of unit, who has no trainee list). */
export const TRAINEE_ABSENCE = `query ($traineeId: ID!) {
  traineeAbsences(traineeId: $traineeId) { ${ABSENCE_FIELDS} }
  traineeServiceLedger(traineeId: $traineeId) { ${LEDGER_FIELDS} } }`;

export const TRAINEE_SERVICE_LEDGER = `query ($traineeId: ID!) { traineeServiceLedger(traineeId: $traineeId) { ${LEDGER_FIELDS} } }`;

/** ABS-12: the effect on the date 12 months are reached of a proposed absence, before applying. */
export const ABSENCE_PROJECTION = `query ($traineeId: ID!, $input: AbsenceInput!) { absenceProjection(traineeId: $traineeId, input: $input) { ${PROJECTION_FIELDS} } }`;

export const APPLY_FOR_ABSENCE = `mutation ($traineeId: ID!, $input: AbsenceInput!) { applyForAbsence(traineeId: $traineeId, input: $input) { ${ABSENCE_FIELDS} } }`;

export const WITHDRAW_ABSENCE = `mutation ($id: ID!, $version: Int!) { withdrawAbsence(id: $id, version: $version) { id status } }`;

/** ABS-3, ABS-9, ABS-12: what waits for the signed-in person's decision. */
export const ABSENCE_APPLICATION_PAGE = `query ($page: Int!, $perPage: Int!) {
  absenceApplicationPage(page: $page, perPage: $perPage) {
    total items { ${ABSENCE_FIELDS} trainee { id name } decidingUnit { id name } projection { ${PROJECTION_FIELDS} } } } }`;

export const APPROVE_ABSENCE = `mutation ($id: ID!, $version: Int!, $reason: String, $confirmedDaysLater: Int) {
  approveAbsence(id: $id, version: $version, reason: $reason, confirmedDaysLater: $confirmedDaysLater) { id status } }`;

export const REFUSE_ABSENCE = `mutation ($id: ID!, $version: Int!, $reason: String!) { refuseAbsence(id: $id, version: $version, reason: $reason) { id status } }`;

/** ABS-2: the head of unit's or clinical supervisor's judgement of a placement's absence. */
export const RECORD_PLACEMENT_ABSENCE_JUDGEMENT = `mutation ($traineeId: ID!, $placementId: ID!, $acceptable: Boolean!, $note: String) {
  recordPlacementAbsenceJudgement(traineeId: $traineeId, placementId: $placementId, acceptable: $acceptable, note: $note) { id } }`;

export type AbsenceStatus = 'APPLIED' | 'APPROVED' | 'REFUSED' | 'WITHDRAWN';

export interface AbsenceWarning {
  code: string;
  message: string;
}

export interface Absence {
  id: string;
  version: number;
  /** Null for sick leave and VAB when the viewer may not see health data (label is then "Frånvaro"). */
  kind: string | null;
  label: string;
  detailsHidden: boolean;
  startDate: string;
  endDate: string;
  percent: number;
  status: AbsenceStatus;
  note: string | null;
  decisionReason: string | null;
  unpaid: boolean;
  appliedByName: string;
  appliedOn: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionRoute: string | null;
  warnings: AbsenceWarning[];
}

export interface AbsenceProjection {
  twelveMonthsReachedOnBefore: string;
  twelveMonthsReachedOnAfter: string;
  daysLater: number;
  extensionDaysAfter: number;
  employmentEnd: string;
  extensionPlanNeeded: boolean;
}

export interface AbsenceApplication extends Absence {
  trainee: { id: string; name: string };
  decidingUnit: { id: string; name: string } | null;
  projection: AbsenceProjection | null;
}

export interface PlacementLedger {
  placementId: string;
  unit: { id: string; name: string } | null;
  startDate: string;
  endDate: string;
  absenceDays: number;
  nonServiceDays: number;
  serviceDays: number;
  judgement: { id: string; acceptable: boolean; note: string | null; judgedByName: string; judgedAs: string; judgedAt: string } | null;
}

export interface ServiceLedger {
  employmentStart: string;
  employmentEnd: string;
  requiredDays: number;
  minimumDays: number;
  serviceDaysToDate: number;
  serviceDaysInEmployment: number;
  nonServiceDays: number;
  twelveMonthsReachedOn: string;
  extensionDays: number;
  sixMonthMinimumReachedOn: string;
  sixMonthMinimumMet: boolean;
  extensionPlanNeeded: boolean;
  extensionPlanReasons: string[];
  placements: PlacementLedger[];
}

/** The kinds one applies for, in the order the form offers them. */
export const ABSENCE_KINDS = [
  'VACATION',
  'ON_CALL_COMPENSATION_LEAVE',
  'SICK_LEAVE',
  'CARE_OF_SICK_CHILD',
  'PARENTAL_LEAVE',
  'LEAVE_OF_ABSENCE',
  'RESEARCH_LEAVE',
  'EXTERNAL_COURSE',
] as const;

/** ABS-9, ABS-12: the kinds only the Director grants, individually: the form shows their projection before sending. */
export const DIRECTOR_DECIDED_KINDS: readonly string[] = ['LEAVE_OF_ABSENCE', 'RESEARCH_LEAVE', 'EXTERNAL_COURSE'];

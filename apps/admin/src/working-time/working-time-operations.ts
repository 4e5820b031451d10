/** ABS-5, ABS-6, ABS-7: a trainee's working time and the quarterly list of those over the limits; the server checks every call. */
export const TRAINEE_EXTRA_HOURS = `query ($traineeId: ID!, $year: Int!) { traineeExtraHours(traineeId: $traineeId, year: $year) {
  months { id month hours } quarters { quarter hours overAlert reconciled } yearHours capHours capReached capMonth monthlyRateHours
  warnings { code from to } } }`;

export const RECORD_EXTRA_HOURS = `mutation ($traineeId: ID!, $month: String!, $hours: Float!) {
  recordExtraHours(traineeId: $traineeId, month: $month, hours: $hours) { id month hours } }`;

export const TRAINEE_COMPENSATION = `query ($traineeId: ID!) { traineeCompensation(traineeId: $traineeId) {
  onCallPaidPercent onCallEarnedHours onCallPaidHours onCallLeaveHours onCallTakenLeaveHours onCallLeftHours
  placements { placementId startDate endDate unit { id name } flexOpeningHours flexClosingHours flexCarriedHours flexCutHours
    onCallEarnedHours onCallPaidHours onCallLeaveHours onCallTakenLeaveHours } } }`;

export const RECORD_FLEX_BALANCE = `mutation ($placementId: ID!, $hours: Float!) {
  recordFlexBalance(placementId: $placementId, hours: $hours) { traineeId } }`;

export const RECORD_ON_CALL_HOURS = `mutation ($placementId: ID!, $earnedHours: Float!, $takenLeaveHours: Float!) {
  recordOnCallHours(placementId: $placementId, earnedHours: $earnedHours, takenLeaveHours: $takenLeaveHours) { traineeId } }`;

export const EXTRA_HOURS_FLAG_PAGE = `query ($year: Int!, $quarter: Int!, $siteId: ID, $page: Int, $perPage: Int) {
  extraHoursFlagPage(year: $year, quarter: $quarter, siteId: $siteId, page: $page, perPage: $perPage) { total items {
    id quarterHours yearHours capMonth overQuarterAlert onCourseForCap trainee { id name } site { id name }
    plans { id plan plannedOn recordedBy { id name } } } } }`;

export const EXTRA_HOURS_RECONCILIATIONS = `query ($year: Int!) { extraHoursReconciliations(year: $year) {
  id quarter reconciledAt flaggedCount site { id } reconciledBy { id name } } }`;

export const RECORD_EXTRA_HOURS_PLAN = `mutation ($flagId: ID!, $plan: String!, $plannedOn: Date!) {
  recordExtraHoursPlan(flagId: $flagId, plan: $plan, plannedOn: $plannedOn) { id } }`;

export const RECONCILE_EXTRA_HOURS_QUARTER = `mutation ($siteId: ID!, $year: Int!, $quarter: Int!) {
  reconcileExtraHoursQuarter(siteId: $siteId, year: $year, quarter: $quarter) { id flaggedCount } }`;

export interface ExtraHoursYear {
  months: { id: string; month: string; hours: number }[];
  quarters: { quarter: number; hours: number; overAlert: boolean; reconciled: boolean }[];
  yearHours: number;
  capHours: number;
  capReached: boolean;
  capMonth: number | null;
  monthlyRateHours: number;
  warnings: { code: string; from: string; to: string }[];
}

export interface PlacementCompensation {
  placementId: string;
  startDate: string;
  endDate: string;
  unit: { id: string; name: string } | null;
  flexOpeningHours: number;
  flexClosingHours: number | null;
  flexCarriedHours: number | null;
  flexCutHours: number | null;
  onCallEarnedHours: number;
  onCallPaidHours: number;
  onCallLeaveHours: number;
  onCallTakenLeaveHours: number;
}

export interface TraineeCompensation {
  onCallPaidPercent: number;
  onCallEarnedHours: number;
  onCallPaidHours: number;
  onCallLeaveHours: number;
  onCallTakenLeaveHours: number;
  onCallLeftHours: number;
  placements: PlacementCompensation[];
}

export interface ExtraHoursFlag {
  id: string;
  quarterHours: number;
  yearHours: number;
  capMonth: number | null;
  overQuarterAlert: boolean;
  onCourseForCap: boolean;
  trainee: { id: string; name: string };
  site: { id: string; name: string };
  plans: { id: string; plan: string; plannedOn: string; recordedBy: { id: string; name: string } | null }[];
}

export interface ExtraHoursReconciliation {
  id: string;
  quarter: number;
  reconciledAt: string;
  flaggedCount: number;
  site: { id: string };
  reconciledBy: { id: string; name: string } | null;
}

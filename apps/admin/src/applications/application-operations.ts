/** Workflow operations on an application: REC-3 requirements, REC-7 check, REC-10 SYLF, offers (REC-7/REC-8, EMP-1). */
export const RECORD_REQUIREMENT = `mutation ($applicationId: ID!, $requirement: FormalRequirement!, $met: Boolean!, $evidence: String!) {
  recordRequirement(applicationId: $applicationId, requirement: $requirement, met: $met, evidence: $evidence) { id state eligible } }`;

export const RECORD_CRIMINAL_RECORD_CHECK = `mutation ($applicationId: ID!, $shownOn: Date!) {
  recordCriminalRecordCheck(applicationId: $applicationId, shownOn: $shownOn) { id } }`;

export const RECORD_SYLF = `mutation ($applicationId: ID!, $requestedBy: SylfRequestedBy!, $applicantConsent: Boolean!) {
  recordSylfAttendance(applicationId: $applicationId, requestedBy: $requestedBy, applicantConsent: $applicantConsent) { id } }`;

export const MAKE_OFFER = `mutation ($applicationId: ID!, $siteId: ID!, $answerBy: Date!) {
  makeOffer(applicationId: $applicationId, siteId: $siteId, answerBy: $answerBy) { id state answerBy } }`;

export const ANSWER_OFFER = `mutation ($offerId: ID!, $accepted: Boolean!) {
  answerOffer(offerId: $offerId, accepted: $accepted) {
    offer { id state trainee { id name } }
    proposedNext { id name } } }`;

export interface OfferAnswerResult {
  answerOffer: { offer: { trainee: { id: string; name: string } | null }; proposedNext: { id: string; name: string } | null };
}

export const ADMIT_LATE_APPLICATION = `mutation ($applicationId: ID!, $reason: String!) {
  admitLateApplication(applicationId: $applicationId, reason: $reason) { id late lateAdmittedAt lateAdmissionReason lateAdmittedBy { id name } } }`;

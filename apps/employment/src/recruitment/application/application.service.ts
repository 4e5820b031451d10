import { IsNull, Not, type DataSource } from 'typeorm';
import {
  ApplicationState,
  applicationChangeProblems,
  applicationProblems,
  eligibility,
  isLateApplication,
  lateAdmissionProblems,
  lateApplicationProblems,
  missingReferences,
  normalizedPersonalIdentityNumber,
  problem,
  requirementChangeProblems,
  stateAfterRequirements,
  textFieldProblems,
  type ApplicationDraft,
  type FormalRequirement,
  type MeritsDraft,
} from '@bt/domain';
import { badUserInput, fetchPage, pageRequest, type Actor, type Page, updateVersioned, whereContains, whereIn } from '@bt/subgraph';
import { Application } from './application.entity';
import { RequirementCheck } from './requirement-check.entity';
import { applicationColumns, meritsOf } from './application-columns';
import { AuditEvent } from '../../audit/audit-event.entity';
import { auditEvent } from '../../audit/audit-log';
import { APPLICATION_SORTING, type ApplicationPageArgs } from './application-page.args';
import { InterviewSlot } from '../interview/interview-slot.entity';
import { requireApplication } from '../recruitment.lookup';
import { loadRoundScope } from '../round/round-scope';
import { Site } from '../../site/site.entity';

/** A page of the applications in the rounds of the actor's round scope (REC-9), filtered and sorted. */
export async function applicationPage(dataSource: DataSource, actor: Actor, args: ApplicationPageArgs): Promise<Page<Application>> {
  const request = pageRequest(args, APPLICATION_SORTING);
  const filter = args.filter ?? {};
  const scope = await loadRoundScope(dataSource, actor.viewer);
  const query = dataSource.getRepository(Application).createQueryBuilder('application');
  if (!scope.all) whereIn(query, 'application.roundId', [...scope.roundIds], 'scopeRoundIds');
  whereIn(query, 'application.id', filter.ids, 'ids');
  if (filter.roundId != null) query.andWhere('application.roundId = :roundId', { roundId: filter.roundId });
  if (filter.state != null) query.andWhere('application.state = :state', { state: filter.state });
  if (filter.preferredSiteId != null) query.andWhere('application.preferredSiteId = :siteId', { siteId: filter.preferredSiteId });
  // REC-3: the state follows the requirements, so it tells eligibility in SQL
  if (filter.eligible === true) whereIn(query, 'application.state', [ApplicationState.RECEIVED, ApplicationState.INELIGIBLE], 'notEligible', true);
  if (filter.eligible === false) query.andWhere('application.state = :ineligible', { ineligible: ApplicationState.INELIGIBLE });
  whereContains(query, ['application.givenName', 'application.familyName', 'application.externalId', 'application.email'], filter.q, 'q');
  return fetchPage(query, request);
}

/** What may change in an application (the application number and date of receipt come from the job portal). */
export interface ApplicationChange {
  givenName: string;
  familyName: string;
  email?: string | null;
  phone?: string | null;
  preferredSiteId: string;
  personalIdentityNumber?: string | null;
  acceptsOtherSite?: boolean | null;
  merits?: MeritsDraft | null;
}

/** Changes an application's details and merits (REC-5) until the round closes; one person applies once per round. */
export async function updateApplication(dataSource: DataSource, actor: Actor, id: string, version: number, change: ApplicationChange): Promise<Application> {
  const { application, round } = await requireApplication(dataSource, actor, id, 'id');
  const site = await dataSource.getRepository(Site).findOneBy({ id: change.preferredSiteId });
  const draft: ApplicationDraft = {
    ...change,
    externalId: application.externalId,
    receivedAt: application.receivedAt,
    personalIdentityNumber: change.personalIdentityNumber ?? application.personalIdentityNumber,
    acceptsOtherSite: change.acceptsOtherSite ?? application.acceptsOtherSite,
    merits: change.merits ?? meritsOf(application),
  };
  const problems = [
    ...missingReferences([['Huvudorten', 'input.preferredSiteId', change.preferredSiteId, site]]),
    ...applicationChangeProblems(round.state, application.state),
    ...applicationProblems(draft, actor.today),
  ];
  const personalIdentityNumber = normalizedPersonalIdentityNumber(draft.personalIdentityNumber, actor.today);
  const repository = dataSource.getRepository(Application);
  if (personalIdentityNumber && (await repository.existsBy({ roundId: application.roundId, personalIdentityNumber, id: Not(id) }))) {
    problems.push(
      problem('APPLICANT_ALREADY_IN_ROUND', 'Personnumret finns redan i en annan ansökan i omgången.', {
        rule: 'REC-1',
        field: 'input.personalIdentityNumber',
      }),
    );
  }
  if (problems.length > 0 || !personalIdentityNumber) throw badUserInput(problems);
  const columns = applicationColumns(draft, personalIdentityNumber);
  // audited with the names of the fields that changed, never their values (an identity number among them)
  const changed = Object.entries(columns).filter(([field, value]) => JSON.stringify(application[field as keyof Application]) !== JSON.stringify(value));
  const updated = await dataSource.transaction(async (manager) => {
    const next = await updateVersioned(manager, Application, { id, version, what: 'ansökan' }, columns);
    const fields = changed.map(([field]) => field).join(',');
    await manager.insert(AuditEvent, auditEvent(actor, 'UPDATE_APPLICATION', 'Application', id, new Date(), { newValue: fields.slice(0, 500) }));
    return next;
  });
  return Object.assign(new Application(), { ...application, ...columns, version: updated });
}

export interface RequirementRecord {
  requirement: FormalRequirement;
  met: boolean;
  evidence: string;
}

/**
 * REC-1: the Director admits an application received after the deadline into screening, with a reason;
 * when, by whom and why are stored and audited.
 */
export async function admitLateApplication(dataSource: DataSource, actor: Actor, applicationId: string, reason: string): Promise<Application> {
  const { application, round } = await requireApplication(dataSource, actor, applicationId);
  const late = isLateApplication(application.receivedAt, round.applicationDeadline);
  const problems = lateAdmissionProblems({ late, admitted: application.lateAdmittedAt != null, roundState: round.state }, reason);
  if (problems.length > 0) throw badUserInput(problems);
  const admission = { lateAdmittedAt: new Date(), lateAdmittedById: actor.viewer.id, lateAdmissionReason: reason.trim() };
  await dataSource.transaction(async (manager) => {
    const admitted = await manager.update(Application, { id: applicationId, lateAdmittedAt: IsNull() }, admission);
    if (admitted.affected !== 1) throw badUserInput([problem('CHANGED_MEANWHILE', 'Ansökan ändrades nyss av någon annan; läs in den igen.')]);
    const change = { newValue: admission.lateAdmissionReason };
    await manager.insert(AuditEvent, auditEvent(actor, 'ADMIT_LATE_APPLICATION', 'Application', applicationId, admission.lateAdmittedAt, change));
  });
  return Object.assign(new Application(), { ...application, ...admission });
}

/**
 * REC-3: records whether a formal requirement is met, with evidence (who and when are kept). All three
 * met: ELIGIBLE; one not met: INELIGIBLE, and REC-6: a booked interview slot is freed.
 */
export async function recordRequirement(dataSource: DataSource, actor: Actor, applicationId: string, record: RequirementRecord): Promise<Application> {
  const { application, round } = await requireApplication(dataSource, actor, applicationId);
  const { requirement, met, evidence } = record;
  const problems = [
    ...lateApplicationProblems(
      isLateApplication(application.receivedAt, round.applicationDeadline),
      application.lateAdmittedAt != null,
      round.applicationDeadline,
    ),
    ...requirementChangeProblems(round.state, application.state),
    ...textFieldProblems('evidence', 'Underlaget', evidence, { required: true, maxLength: 500 }),
  ];
  if (problems.length > 0) throw badUserInput(problems);
  const state = await dataSource.transaction(async (manager) => {
    await manager.upsert(
      RequirementCheck,
      { applicationId, requirement, met, evidence: evidence.trim(), checkedById: actor.viewer.id, checkedAt: new Date() },
      ['applicationId', 'requirement'],
    );
    const checks = await manager.findBy(RequirementCheck, { applicationId });
    const next = stateAfterRequirements(application.state, eligibility(checks));
    if (next !== application.state) await manager.update(Application, { id: applicationId }, { state: next });
    const change = { oldValue: application.state, newValue: `${requirement}=${met ? 'MET' : 'NOT_MET'} → ${next}` };
    await manager.insert(AuditEvent, auditEvent(actor, 'RECORD_REQUIREMENT', 'Application', applicationId, new Date(), change));
    // REC-6: an applicant found ineligible is no longer invited; the interview slot is freed
    if (next === ApplicationState.INELIGIBLE) await manager.update(InterviewSlot, { applicationId }, { applicationId: null });
    return next;
  });
  return Object.assign(new Application(), { ...application, state });
}

import { randomUUID } from 'node:crypto';
import { forbidden, Permission, permissionReachesSite, PermissionScope, permissionScope } from '@bt/auth';
import { AbsenceKind, missingReferences, problem, rehabilitationPlanProblems, sickLeaveFlags, textFieldProblems } from '@bt/domain';
import { badUserInput, fetchPage, pageRequest, SortOrder, type Page } from '@bt/subgraph';
import { absenceLoaders } from './absence.loaders';
import { sickLeaveRulesFromEnv } from './absence.config';
import { seesHealthData } from './absence-access';
import { RehabilitationDecision } from './rehabilitation-decision.entity';
import { RehabilitationPlan } from './rehabilitation-plan.entity';
import { SickLeaveFlag } from './sick-leave-flag.entity';
import type { SickLeaveFollowUp } from './absence.types';
import { Trainee } from '../trainee/trainee.entity';
import { TRAINEE_SORTING } from '../trainee/trainee-page.args';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';
import type { EmploymentContext } from '../employment.context';

/**
 * ABS-10, ABS-11: a trainee's sick-leave follow-up, for those who see the trainee's health data
 * (seesHealthData; FORBIDDEN otherwise). Every read is audited (READ_SICK_LEAVE on the trainee).
 */
export async function sickLeaveFollowUp(ctx: EmploymentContext, trainee: Trainee): Promise<SickLeaveFollowUp> {
  if (!(await seesHealthData(ctx, trainee))) {
    throw forbidden(
      'Uppföljningen av sjukfrånvaro är en hälsouppgift: bara AT/BT-chef, HR och verksamhetschefen på den aktuella enheten ser den.',
      'HEALTH_DATA_NOT_IN_SCOPE',
    );
  }
  const loaders = absenceLoaders(ctx);
  const [absences, decisions, plans] = await Promise.all([
    loaders.absencesByTrainee.load(trainee.id),
    loaders.rehabilitationDecisionsByTrainee.load(trainee.id),
    loaders.rehabilitationPlansByTrainee.load(trainee.id),
  ]);
  const config = sickLeaveRulesFromEnv();
  const flags = sickLeaveFlags(absences, ctx.today, config);
  await ctx.audit.record('READ_SICK_LEAVE', 'Trainee', trainee.id);
  const lastShort = absences
    .filter((absence) => absence.kind === AbsenceKind.SICK_LEAVE && absence.startDate <= ctx.today)
    .reduce<string | null>((last, absence) => (last === null || absence.startDate > last ? absence.startDate : last), null);
  const decidedSince = decisions.some((decision) => lastShort !== null && decision.decidedAt.toISOString().slice(0, 10) >= lastShort);
  return {
    shortTermPeriods: flags.shortTermPeriods,
    repeatedPeriodsLimit: config.repeatedPeriods,
    windowMonths: config.repeatedWindowMonths,
    repeatedShortTermSickLeave: flags.repeatedShortTermSickLeave,
    rehabilitationDecisionNeeded: flags.repeatedShortTermSickLeave && !decidedSince,
    longTermAbsence: flags.longTermPeriod !== null,
    longTermFrom: flags.longTermPeriod?.startDate ?? null,
    longTermTo: flags.longTermPeriod?.endDate ?? null,
    rehabilitationPlanRequired: flags.longTermPeriod !== null && plans.length === 0,
    decisions,
    plans,
  };
}

/** DECIDE_REHABILITATION by row (ORG-1): the deputy only for trainees of their own site. */
async function rehabilitationTrainee(ctx: EmploymentContext, traineeId: string): Promise<Trainee> {
  const trainee = await ctx.dataSource.getRepository(Trainee).findOneBy({ id: traineeId });
  if (!trainee) throw badUserInput(missingReferences([['BT-läkaren', 'traineeId', traineeId, trainee]]));
  if (!permissionReachesSite(ctx.viewer, Permission.DECIDE_REHABILITATION, trainee.siteId)) {
    throw forbidden('Du beslutar bara för din egen huvudort; för den andra huvudorten beslutar AT/BT-chefen.', 'SITE_NOT_IN_SCOPE', 'ORG-1');
  }
  return trainee;
}

/** ABS-11: the (deputy) Director records whether rehabilitation starts after repeated short-term sick leave. Audited. */
export async function recordRehabilitationDecision(
  ctx: EmploymentContext,
  traineeId: string,
  startsRehabilitation: boolean,
  note: string | null | undefined,
): Promise<RehabilitationDecision> {
  const trainee = await rehabilitationTrainee(ctx, traineeId);
  const problems = textFieldProblems('note', 'Anteckningen', note, { required: false, maxLength: 1000, multiline: true });
  if (problems.length > 0) throw badUserInput(problems);
  const decidedAt = new Date();
  const decision = Object.assign(new RehabilitationDecision(), {
    id: randomUUID(),
    traineeId: trainee.id,
    startsRehabilitation,
    note: note?.trim() || null,
    decidedById: ctx.viewer.id,
    decidedByName: ctx.viewer.name,
    decidedAt,
  });
  await ctx.dataSource.transaction(async (manager) => {
    await manager.insert(RehabilitationDecision, decision);
    await manager.insert(
      AuditEvent,
      auditEvent(ctx, 'RECORD_REHABILITATION_DECISION', 'Trainee', trainee.id, decidedAt, { newValue: startsRehabilitation ? 'STARTS' : 'NOT_STARTED' }),
    );
  });
  return decision;
}

/** ABS-10: the rehabilitation plan at long-term absence with its participants, recorded by the (deputy) Director, who is responsible for it. Audited. */
export async function recordRehabilitationPlan(
  ctx: EmploymentContext,
  traineeId: string,
  participants: string[],
  note: string | null | undefined,
): Promise<RehabilitationPlan> {
  const trainee = await rehabilitationTrainee(ctx, traineeId);
  const problems = rehabilitationPlanProblems({ participants, note });
  if (problems.length > 0) throw badUserInput(problems);
  const names = participants.map((name) => name.trim()).filter((name) => name.length > 0);
  const recordedAt = new Date();
  const plan = Object.assign(new RehabilitationPlan(), {
    id: randomUUID(),
    traineeId: trainee.id,
    participants: JSON.stringify(names),
    note: note?.trim() || null,
    recordedById: ctx.viewer.id,
    recordedByName: ctx.viewer.name,
    recordedAt,
  });
  if (plan.participants.length > 4000) {
    throw badUserInput([problem('TEXT_TOO_LONG', 'Deltagarlistan är för lång.', { field: 'participants', params: { maxLength: 4000 } })]);
  }
  await ctx.dataSource.transaction(async (manager) => {
    await manager.insert(RehabilitationPlan, plan);
    await manager.insert(AuditEvent, auditEvent(ctx, 'RECORD_REHABILITATION_PLAN', 'Trainee', trainee.id, recordedAt));
  });
  return plan;
}

/**
 * ABS-10, ABS-11: the trainees still employed whose sick leave is flagged (repeated short-term sick leave,
 * or long-term absence), in name order, a page at a time, with their follow-up: for the Director and HR
 * (every site, or `siteId`) and the deputy (their own site; another is FORBIDDEN, ORG-1). The page and its
 * total come from the kept flags (sick_leave_flag, refreshSickLeaveFlags) in two statements at any size; the
 * follow-ups of the page are read by loaders and audited as one write.
 */
export async function sickLeaveFlagPage(
  ctx: EmploymentContext,
  siteId: string | null | undefined,
  args: { page: number; perPage: number },
): Promise<Page<{ trainee: Trainee; followUp: SickLeaveFollowUp }>> {
  const scope = permissionScope(ctx.viewer, Permission.READ_SICK_LEAVE);
  const site = scope === PermissionScope.OWN_SITE ? (siteId ?? ctx.viewer.siteId) : siteId;
  if (scope === PermissionScope.OWN_SITE && site !== ctx.viewer.siteId) {
    throw forbidden('Du ser sjukfrånvaron för din egen huvudort; för den andra ser AT/BT-chefen och HR den.', 'SITE_NOT_IN_SCOPE', 'ORG-1');
  }
  if (scope !== PermissionScope.ALL && scope !== PermissionScope.OWN_SITE) {
    throw forbidden('Listan över flaggad sjukfrånvaro är för (biträdande) AT/BT-chef och HR.', 'HEALTH_DATA_NOT_IN_SCOPE');
  }
  // the flags kept by refreshSickLeaveFlags (on every change of sick leave, and nightly): one page in SQL, in the trainee list's default order
  const query = ctx.dataSource
    .getRepository(Trainee)
    .createQueryBuilder('trainee')
    .innerJoin(SickLeaveFlag, 'flag', 'flag.traineeId = trainee.id')
    .where('trainee.employmentEnd >= :today', { today: ctx.today });
  if (site) query.andWhere('flag.siteId = :site', { site });
  const page = await fetchPage(query, pageRequest({ ...args, sortField: null, sortOrder: SortOrder.ASC }, TRAINEE_SORTING));
  const items = await Promise.all(page.items.map(async (trainee) => ({ trainee, followUp: await sickLeaveFollowUp(ctx, trainee) })));
  return { items, total: page.total };
}

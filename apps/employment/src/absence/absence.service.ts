import { randomUUID } from 'node:crypto';
import { forbidden, Permission, PermissionScope, permissionScope, Role } from '@bt/auth';
import {
  absenceDecisionProblems,
  AbsenceDecisionRoute,
  absenceDecisionRoute,
  absenceDraftProblems,
  AbsenceStatus,
  coversDate,
  isHealthAbsence,
  missingReferences,
  problem,
  type AbsenceDraft,
} from '@bt/domain';
import {
  badUserInput,
  conflict,
  fetchPage,
  pageRequest,
  ReadPlacement,
  SortOrder,
  updateVersioned,
  type Page,
  type PageArgs,
  type Sorting,
} from '@bt/subgraph';
import { Absence } from './absence.entity';
import { absenceProjection } from './service-ledger.service';
import { refreshSickLeaveFlags } from './sick-leave-flags';
import { Trainee } from '../trainee/trainee.entity';
import { Unit } from '../unit/unit.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';
import type { EmploymentContext } from '../employment.context';

/** ABS-3: the unit whose head decides: the placement covering the absence's first day, else today's placement. */
async function decidingUnit(ctx: EmploymentContext, traineeId: string, startDate: string): Promise<Unit | undefined> {
  const placements = await ctx.dataSource.getRepository(ReadPlacement).findBy({ traineeId });
  const placement = placements.find((p) => coversDate(p, startDate)) ?? placements.find((p) => coversDate(p, ctx.today));
  return placement ? ((await ctx.dataSource.getRepository(Unit).findOneBy({ id: placement.unitId })) ?? undefined) : undefined;
}

async function loadTrainee(ctx: EmploymentContext, traineeId: string): Promise<Trainee> {
  const trainee = await ctx.dataSource.getRepository(Trainee).findOneBy({ id: traineeId });
  if (!trainee) throw badUserInput(missingReferences([['BT-läkaren', 'traineeId', traineeId, trainee]]));
  return trainee;
}

/** APPLY_ABSENCE by row: a trainee only for themself; HR and admin support for anyone. */
function assertMayApplyFor(ctx: EmploymentContext, traineeId: string): void {
  const scope = permissionScope(ctx.viewer, Permission.APPLY_ABSENCE);
  if (scope === PermissionScope.ALL) return;
  if (scope === PermissionScope.OWN_ROWS && ctx.viewer.traineeId === traineeId) return;
  throw forbidden('Du kan bara söka ledighet för dig själv; HR eller administrativt stöd kan registrera den åt en BT-läkare.', 'NOT_OWN_ABSENCE');
}

/**
 * ABS-3, ABS-8, ABS-9, ABS-12: an application for absence, by the trainee or by HR/admin support on their
 * behalf. Checked (absenceDraftProblems), then stored as APPLIED with who decides: the head of the unit
 * where the trainee is placed on its first day (else today), payroll for a head in private primary care,
 * or the Director. Warnings (ABS-8's notice, ABS-9, ABS-12) come with the record (Absence.warnings).
 */
export async function applyForAbsence(ctx: EmploymentContext, traineeId: string, draft: AbsenceDraft): Promise<Absence> {
  assertMayApplyFor(ctx, traineeId);
  const trainee = await loadTrainee(ctx, traineeId);
  const others = await ctx.dataSource.getRepository(Absence).findBy({ traineeId });
  const problems = absenceDraftProblems(draft, trainee, others);
  if (problems.length > 0) throw badUserInput(problems);
  const unit = await decidingUnit(ctx, traineeId, draft.startDate);
  const route = absenceDecisionRoute(draft.kind, unit?.privatePrimaryCare ?? false);
  const appliedAt = new Date();
  const absence = Object.assign(new Absence(), {
    id: randomUUID(),
    version: 1,
    traineeId,
    kind: draft.kind,
    startDate: draft.startDate,
    endDate: draft.endDate,
    percent: draft.percent,
    status: AbsenceStatus.APPLIED,
    note: draft.note?.trim() || null,
    appliedById: ctx.viewer.id,
    appliedByName: ctx.viewer.name,
    appliedAt,
    appliedOn: ctx.today,
    // without a placement no head of unit is known yet: the route is found again on the decision
    decisionRoute: unit || route === AbsenceDecisionRoute.DIRECTOR ? route : null,
    decidingUnitId: route === AbsenceDecisionRoute.DIRECTOR ? null : (unit?.id ?? null),
    decidedById: null,
    decidedByName: null,
    decidedAt: null,
    decisionReason: null,
  });
  await ctx.dataSource.transaction(async (manager) => {
    await manager.insert(Absence, absence);
    await manager.insert(AuditEvent, auditEvent(ctx, 'APPLY_ABSENCE', 'Absence', absence.id, appliedAt, { newValue: AbsenceStatus.APPLIED }));
    if (isHealthAbsence(absence.kind)) await refreshSickLeaveFlags(manager, ctx.today, [absence.traineeId]);
  });
  return absence;
}

/** CONFLICT before any other check when the client read an older version (the same refusal as updateVersioned's). */
function assertCurrentVersion(absence: Absence, version: number): void {
  if (absence.version !== version) {
    throw conflict([problem('STALE_VERSION', 'Någon annan har ändrat frånvaron medan du läste den. Läs in sidan igen.')]);
  }
}

/** ABS-3, ABS-9, ABS-12: FORBIDDEN unless the caller is the one who decides by `route` (for the trainee's unit and site). */
function assertDecider(ctx: EmploymentContext, route: AbsenceDecisionRoute, unit: Unit | undefined, trainee: Trainee): void {
  const { viewer } = ctx;
  if (route === AbsenceDecisionRoute.DIRECTOR) {
    const director = viewer.roles.includes(Role.DIRECTOR) || (viewer.roles.includes(Role.DEPUTY_DIRECTOR) && viewer.siteId === trainee.siteId);
    if (!director) {
      throw forbidden(
        'Tjänstledighet, forskningsledighet och externa kurser beviljas bara individuellt av (biträdande) AT/BT-chefen.',
        'ABSENCE_DIRECTOR_DECIDES',
        'ABS-12',
      );
    }
    return;
  }
  if (route === AbsenceDecisionRoute.PAYROLL_FOR_HEAD_OF_UNIT) {
    if (!viewer.roles.includes(Role.HR_COORDINATOR)) {
      throw forbidden(
        `${unit?.name ?? 'Enheten'} hör till vårdvalet: verksamhetschefen rapporterar beslutet och HR/lön registrerar det.`,
        'ABSENCE_REGISTERED_BY_PAYROLL',
        'ABS-3',
      );
    }
    return;
  }
  if (!unit || unit.headOfUnitId !== viewer.id) {
    throw forbidden(`Ledigheten beviljas av verksamhetschefen på ${unit?.name ?? 'enheten där BT-läkaren är placerad'}.`, 'NOT_HEAD_OF_CURRENT_UNIT', 'ABS-3');
  }
}

export interface AbsenceDecisionArgs {
  id: string;
  version: number;
  approve: boolean;
  reason?: string | null;
  /** ABS-12: for the Director's decisions, the projection's daysLater the Director saw before approving. */
  confirmedDaysLater?: number | null;
}

/**
 * ABS-3, ABS-9, ABS-12: approve or refuse an application. Who decides is found again from the trainee's
 * placements now (assertDecider); the Director's approval gives its reason and confirms the projected
 * effect on the 12 months (ABSENCE_PROJECTION_NOT_CONFIRMED until the `confirmedDaysLater` matches it);
 * an external course is refused while it would leave the 12 months past the employment's end. Audited in
 * the same transaction; a stale version gets CONFLICT.
 */
export async function decideAbsence(ctx: EmploymentContext, args: AbsenceDecisionArgs): Promise<Absence> {
  const absence = await ctx.dataSource.getRepository(Absence).findOneBy({ id: args.id });
  if (!absence) throw badUserInput(missingReferences([['Frånvaron', 'id', args.id, absence]]));
  assertCurrentVersion(absence, args.version);
  const trainee = await loadTrainee(ctx, absence.traineeId);
  const unit = await decidingUnit(ctx, trainee.id, absence.startDate);
  const route = absenceDecisionRoute(absence.kind, unit?.privatePrimaryCare ?? false);
  assertDecider(ctx, route, unit, trainee);
  const projection = await absenceProjection(ctx, trainee, absence);
  const problems = absenceDecisionProblems(absence, { approve: args.approve, reason: args.reason }, projection.after.extensionDays);
  if (args.approve && route === AbsenceDecisionRoute.DIRECTOR && problems.length === 0 && args.confirmedDaysLater !== projection.daysLater) {
    problems.push(
      problem(
        'ABSENCE_PROJECTION_NOT_CONFIRMED',
        `Se effekten på tjänstgöringstiden innan du beviljar: 12 månader nås ${projection.after.twelveMonthsReachedOn} (${projection.daysLater} dagar senare), anställningen slutar ${trainee.employmentEnd}.`,
        {
          rule: 'ABS-12',
          field: 'confirmedDaysLater',
          params: { daysLater: projection.daysLater, twelveMonthsReachedOn: projection.after.twelveMonthsReachedOn, employmentEnd: trainee.employmentEnd },
        },
      ),
    );
  }
  if (problems.length > 0) throw badUserInput(problems);
  const decidedAt = new Date();
  const status = args.approve ? AbsenceStatus.APPROVED : AbsenceStatus.REFUSED;
  const changes = {
    status,
    decisionRoute: route,
    decidingUnitId: route === AbsenceDecisionRoute.DIRECTOR ? null : (unit?.id ?? null),
    decidedById: ctx.viewer.id,
    decidedByName: ctx.viewer.name,
    decidedAt,
    decisionReason: args.reason?.trim() || null,
  };
  const version = await ctx.dataSource.transaction(async (manager) => {
    const updated = await updateVersioned(manager, Absence, { id: absence.id, version: args.version, what: 'frånvaron' }, changes);
    await manager.insert(AuditEvent, auditEvent(ctx, 'DECIDE_ABSENCE', 'Absence', absence.id, decidedAt, { oldValue: absence.status, newValue: status }));
    if (isHealthAbsence(absence.kind)) await refreshSickLeaveFlags(manager, ctx.today, [absence.traineeId]);
    return updated;
  });
  return Object.assign(new Absence(), { ...absence, ...changes, version });
}

/**
 * Withdraw an application, or an approved absence that has not started: the trainee themself, HR or admin
 * support (APPLY_ABSENCE). Audited; the row stays as WITHDRAWN.
 */
export async function withdrawAbsence(ctx: EmploymentContext, id: string, version: number): Promise<Absence> {
  const absence = await ctx.dataSource.getRepository(Absence).findOneBy({ id });
  if (!absence) throw badUserInput(missingReferences([['Frånvaron', 'id', id, absence]]));
  assertMayApplyFor(ctx, absence.traineeId);
  assertCurrentVersion(absence, version);
  const withdrawable = absence.status === AbsenceStatus.APPLIED || (absence.status === AbsenceStatus.APPROVED && absence.startDate > ctx.today);
  if (!withdrawable) {
    throw badUserInput([
      problem('ABSENCE_NOT_WITHDRAWABLE', 'Bara en ansökan, eller beviljad ledighet som inte har börjat, kan återtas.', { params: { status: absence.status } }),
    ]);
  }
  const decidedAt = new Date();
  const changes = { status: AbsenceStatus.WITHDRAWN, decidedById: ctx.viewer.id, decidedByName: ctx.viewer.name, decidedAt };
  const updated = await ctx.dataSource.transaction(async (manager) => {
    const next = await updateVersioned(manager, Absence, { id, version, what: 'frånvaron' }, changes);
    await manager.insert(
      AuditEvent,
      auditEvent(ctx, 'WITHDRAW_ABSENCE', 'Absence', id, decidedAt, { oldValue: absence.status, newValue: AbsenceStatus.WITHDRAWN }),
    );
    if (isHealthAbsence(absence.kind)) await refreshSickLeaveFlags(manager, ctx.today, [absence.traineeId]);
    return next;
  });
  return Object.assign(new Absence(), { ...absence, ...changes, version: updated });
}

/** The applications list's order: sortField startDate or appliedAt; by default the first day first. */
const APPLICATION_SORTING: Sorting = {
  fields: { startDate: [{ column: 'absence.startDate' }], appliedAt: [{ column: 'absence.appliedAt' }] },
  byDefault: [[{ column: 'absence.startDate' }, SortOrder.ASC]],
  unique: 'absence.id',
};

/**
 * ABS-3, ABS-9, ABS-12: applications waiting for the caller's decision, first day first: as head of unit
 * those of their units (not in private primary care), as HR those of heads in private primary care, as
 * the Director those that need the Director (the deputy: their own site). One statement per page and one
 * for the count, however many there are.
 */
export async function absenceApplicationPage(ctx: EmploymentContext, args: PageArgs): Promise<Page<Absence>> {
  const request = pageRequest(args, APPLICATION_SORTING);
  const { viewer } = ctx;
  const query = ctx.dataSource
    .getRepository(Absence)
    .createQueryBuilder('absence')
    .innerJoin(Trainee, 'trainee', 'trainee.id = absence.traineeId')
    .where('absence.status = :applied', { applied: AbsenceStatus.APPLIED });
  const alternatives: string[] = [];
  if (viewer.roles.includes(Role.HEAD_OF_UNIT)) {
    const headed = query.subQuery().select('headed.id').from(Unit, 'headed').where('headed.headOfUnitId = :viewerId').getQuery();
    alternatives.push(`(absence.decisionRoute = :headRoute AND absence.decidingUnitId IN ${headed})`);
  }
  if (viewer.roles.includes(Role.HR_COORDINATOR)) alternatives.push('absence.decisionRoute = :payrollRoute');
  if (viewer.roles.includes(Role.DIRECTOR)) alternatives.push('absence.decisionRoute = :directorRoute');
  else if (viewer.roles.includes(Role.DEPUTY_DIRECTOR)) alternatives.push('(absence.decisionRoute = :directorRoute AND trainee.siteId = :viewerSiteId)');
  if (alternatives.length === 0) query.andWhere('1 = 0');
  else
    query.andWhere(`(${alternatives.join(' OR ')})`, {
      viewerId: viewer.id,
      viewerSiteId: viewer.siteId ?? '',
      headRoute: AbsenceDecisionRoute.HEAD_OF_UNIT,
      payrollRoute: AbsenceDecisionRoute.PAYROLL_FOR_HEAD_OF_UNIT,
      directorRoute: AbsenceDecisionRoute.DIRECTOR,
    });
  return fetchPage(query, request);
}

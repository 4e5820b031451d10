import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { assertPermissionReachesSite, forbidden, forbiddenBy, Permission, PermissionScope, permissionScope, Role, ROLE_LABELS_SV } from '@bt/auth';
import {
  clinicalSupervisorCheck,
  isIsoDate,
  mainSupervisorAppointer,
  mainSupervisorAppointerProblem,
  MainSupervisorAppointer,
  mainSupervisorCheck,
  missingReferences,
  problem,
  type Problem,
  type SupervisorCheck,
} from '@bt/domain';
import { actorRecord, badUserInput, conflict, type Actor, type GatewayClient, type SupervisionFacts } from '@bt/subgraph';
import { MainSupervision } from './main-supervision.entity';
import { SupervisionLog, type SupervisionAction } from './supervision-log.entity';
import { Placement } from '../placement/placement.entity';
import { recordTraineeEducationChanges } from '../change-feed/trainee-education-changes';

/** What an assignment needs from its caller: who and when, and the gateway to ask employment through. */
export interface SupervisionActor extends Actor {
  gateway: GatewayClient;
}

/** Someone else changed the trainee's main supervision after this client read it. */
const supervisionChanged = () =>
  conflict([
    problem('STALE_VERSION', 'Någon annan har ändrat BT-läkarens huvudansvariga handledare medan du redigerade. Läs in sidan igen; det du skrev finns kvar.'),
  ]);

/** The role a supervisor needs to see the trainee (their row scope, READ_SUPERVISED_TRAINEES). */
function roleProblem(facts: SupervisionFacts, role: Role): Problem[] {
  return facts.personFound && !facts.personRoles.includes(role)
    ? [
        problem(
          'SUPERVISOR_LACKS_ROLE',
          `Personen har inte rollen ${ROLE_LABELS_SV[role].toLowerCase()}. Ge personen rollen först, eller välj en annan person.`,
          {
            field: 'personId',
            params: { role },
          },
        ),
      ]
    : [];
}

/** The refusals of a check and of the references, or nothing: then the warnings are saved with the change. */
function assertAllowed(facts: SupervisionFacts, traineeId: string, personId: string, role: Role, check: SupervisorCheck, more: Problem[] = []): void {
  const missing = missingReferences([
    ['BT-läkaren', 'traineeId', traineeId, facts.traineeEmploymentForm],
    ['Personen', 'personId', personId, facts.personFound || undefined],
  ]);
  if (missing.length > 0) throw badUserInput(missing);
  const problems = [...more, ...roleProblem(facts, role), ...check.refusals];
  if (problems.length > 0) throw badUserInput(problems);
}

/**
 * EMP-1, ORG-1: who may appoint this trainee's HHL. Separate BT: the AT/BT organisation (the deputy only
 * for their site); integrated BT: the head of unit of the ST employment's unit. Anyone else: FORBIDDEN
 * with the rule's code.
 */
function assertMayAppointMainSupervisor(actor: Actor, facts: SupervisionFacts): void {
  const { viewer } = actor;
  const form = facts.traineeEmploymentForm!;
  const scope = permissionScope(viewer, Permission.ASSIGN_SUPERVISORS);
  if (mainSupervisorAppointer(form) === MainSupervisorAppointer.HEAD_OF_UNIT) {
    if (!viewer.roles.includes(Role.HEAD_OF_UNIT) || facts.traineeStUnitHeadId !== viewer.id) throw forbiddenBy(mainSupervisorAppointerProblem(form));
    return;
  }
  if (scope === PermissionScope.OWN_ROWS || scope === undefined) throw forbiddenBy(mainSupervisorAppointerProblem(form));
  assertPermissionReachesSite(viewer, Permission.ASSIGN_SUPERVISORS, facts.traineeSiteId!);
}

/** ORG-1: a placement's clinical supervisor is appointed by the AT/BT organisation, or by the head of unit or BT lead of its unit. */
function assertMayAppointClinicalSupervisor(actor: Actor, facts: SupervisionFacts, placement: Placement): void {
  const scope = permissionScope(actor.viewer, Permission.ASSIGN_SUPERVISORS);
  if (scope === PermissionScope.OWN_ROWS) {
    if (facts.appointerUnitId !== placement.unitId) {
      throw forbidden('Du utser kliniska handledare bara för placeringar på din egen enhet.', 'UNIT_NOT_IN_SCOPE', 'ORG-1');
    }
    return;
  }
  assertPermissionReachesSite(actor.viewer, Permission.ASSIGN_SUPERVISORS, facts.traineeSiteId ?? '');
}

async function log(
  manager: EntityManager,
  actor: Actor,
  action: SupervisionAction,
  entry: { traineeId: string; placementId?: string; personId: string | null; previousPersonId: string | null; fromDate?: string; warnings?: Problem[] },
): Promise<void> {
  const codes = (entry.warnings ?? []).map((warning) => warning.code).join(',');
  await manager.insert(SupervisionLog, {
    id: randomUUID(),
    ...actorRecord(actor),
    action,
    traineeId: entry.traineeId,
    placementId: entry.placementId ?? null,
    personId: entry.personId,
    previousPersonId: entry.previousPersonId,
    fromDate: entry.fromDate ?? null,
    warnings: codes || null,
  });
}

export interface MainSupervisionChange {
  supervision: MainSupervision;
  warnings: Problem[];
}

/**
 * EDU-7, ORG-2, EMP-1: appoints `personId` the trainee's main supervisor (HHL) from `fromDate`, or
 * replaces the one there is (then with the `version` read; stale or missing: CONFLICT). Who may appoint
 * follows the employment form; the HHL requirements refuse or warn (mainSupervisorCheck, with the
 * trainee's placements for Kronoberg's vårdcentral checks). Saved with the log and the change feed's
 * event in one transaction; the warnings are returned.
 */
export async function assignMainSupervisor(
  dataSource: DataSource,
  actor: SupervisionActor,
  traineeId: string,
  personId: string,
  fromDate: string,
  version: number | undefined,
): Promise<MainSupervisionChange> {
  const facts = await actor.gateway.supervisionFacts(traineeId, personId, actor.viewer.id);
  if (facts.traineeEmploymentForm) assertMayAppointMainSupervisor(actor, facts);
  const placements = await dataSource.getRepository(Placement).find({ where: { traineeId }, order: { startDate: 'ASC', id: 'ASC' } });
  const check = mainSupervisorCheck(facts.qualification, { personId, unitId: facts.personUnitId }, placements);
  const dateProblems = isIsoDate(fromDate)
    ? []
    : [problem('INVALID_DATE', 'Från och med är inget giltigt datum: ange ÅÅÅÅ-MM-DD.', { field: 'fromDate', params: { value: fromDate } })];
  assertAllowed(facts, traineeId, personId, Role.MAIN_SUPERVISOR, check, dateProblems);
  return dataSource.transaction(async (manager) => {
    const existing = await manager.findOneBy(MainSupervision, { traineeId });
    let supervision: MainSupervision;
    if (existing) {
      if (version == null) throw supervisionChanged();
      const changed = await manager.update(MainSupervision, { traineeId, version }, { supervisorId: personId, fromDate });
      if (changed.affected !== 1) throw supervisionChanged();
      supervision = Object.assign(existing, { supervisorId: personId, fromDate, version: version + 1 });
    } else {
      if (version != null) throw supervisionChanged();
      supervision = Object.assign(new MainSupervision(), { traineeId, supervisorId: personId, fromDate, version: 1 });
      await manager.insert(MainSupervision, supervision);
    }
    await log(manager, actor, 'ASSIGN_MAIN_SUPERVISOR', {
      traineeId,
      personId,
      previousPersonId: existing?.supervisorId ?? null,
      fromDate,
      warnings: check.warnings,
    });
    await recordTraineeEducationChanges(manager, [traineeId]);
    return { supervision, warnings: check.warnings };
  });
}

/**
 * ORG-2: ends the trainee's main supervision (the trainee then lacks an HHL again), with the `version`
 * read; the same appointer as for assigning; logged and published in one transaction.
 */
export async function endMainSupervision(dataSource: DataSource, actor: SupervisionActor, traineeId: string, version: number): Promise<void> {
  const existing = await dataSource.getRepository(MainSupervision).findOneBy({ traineeId });
  if (!existing)
    throw badUserInput([problem('NOT_FOUND', 'BT-läkaren har ingen huvudansvarig handledare att avsluta.', { field: 'traineeId', params: { id: traineeId } })]);
  const facts = await actor.gateway.supervisionFacts(traineeId, existing.supervisorId, actor.viewer.id);
  if (!facts.traineeEmploymentForm) throw badUserInput(missingReferences([['BT-läkaren', 'traineeId', traineeId, undefined]]));
  assertMayAppointMainSupervisor(actor, facts);
  await dataSource.transaction(async (manager) => {
    const removed = await manager.delete(MainSupervision, { traineeId, version });
    if (removed.affected !== 1) throw supervisionChanged();
    await log(manager, actor, 'END_MAIN_SUPERVISION', { traineeId, personId: null, previousPersonId: existing.supervisorId });
    await recordTraineeEducationChanges(manager, [traineeId]);
  });
}

export interface ClinicalSupervisionChange {
  placement: Placement;
  warnings: Problem[];
}

/**
 * EDU-7, ORG-1: appoints `personId` the clinical supervisor of a placement: the AT/BT organisation, or
 * the head of unit or BT lead of the placement's unit; the supervisor requirements in the placement's
 * specialty refuse or warn (clinicalSupervisorCheck). Logged and published in one transaction.
 */
export async function setClinicalSupervisor(
  dataSource: DataSource,
  actor: SupervisionActor,
  placementId: string,
  personId: string,
): Promise<ClinicalSupervisionChange> {
  const placement = await dataSource.getRepository(Placement).findOneBy({ id: placementId });
  if (!placement) throw badUserInput(missingReferences([['Placeringen', 'placementId', placementId, undefined]]));
  const facts = await actor.gateway.supervisionFacts(placement.traineeId, personId, actor.viewer.id);
  assertMayAppointClinicalSupervisor(actor, facts, placement);
  const check = clinicalSupervisorCheck(facts.qualification, placement, facts.personUnitId);
  assertAllowed(facts, placement.traineeId, personId, Role.CLINICAL_SUPERVISOR, check);
  return dataSource.transaction(async (manager) => {
    await manager.update(Placement, { id: placementId }, { clinicalSupervisorId: personId });
    await log(manager, actor, 'SET_CLINICAL_SUPERVISOR', {
      traineeId: placement.traineeId,
      placementId,
      personId,
      previousPersonId: placement.clinicalSupervisorId,
      warnings: check.warnings,
    });
    await recordTraineeEducationChanges(manager, [placement.traineeId]);
    return { placement: Object.assign(placement, { clinicalSupervisorId: personId }), warnings: check.warnings };
  });
}

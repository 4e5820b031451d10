import { forbidden, Permission, PermissionScope, permissionScope, Role } from '@bt/auth';
import { clinicalSupervisionBounds, coversDate, isHealthAbsence, type IsoDate } from '@bt/domain';
import type { ReadPlacement } from '@bt/subgraph';
import { absenceLoaders } from './absence.loaders';
import type { Absence } from './absence.entity';
import type { Trainee } from '../trainee/trainee.entity';
import type { EmploymentContext } from '../employment.context';

/** The trainee's placements at units the caller is head of (none unless the caller is a head of unit). */
async function headedPlacements(ctx: EmploymentContext, traineeId: string): Promise<ReadPlacement[]> {
  if (!ctx.viewer.roles.includes(Role.HEAD_OF_UNIT)) return [];
  return absenceLoaders(ctx).headedPlacementsByTrainee.load(traineeId);
}

/**
 * ABS-2, ABS-3: a head of unit reaches the trainees placed at their unit now, or starting or ended within
 * the clinical-supervision window (the same few weeks as a clinical supervisor, EDU-9).
 */
export async function isHeadOfTraineeUnit(ctx: EmploymentContext, traineeId: string): Promise<boolean> {
  const { startsBy, endsFrom } = clinicalSupervisionBounds(ctx.today);
  return (await headedPlacements(ctx, traineeId)).some((placement) => placement.startDate <= startsBy && placement.endDate >= endsFrom);
}

/** READ_ABSENCES by row: the trainee within the caller's row scope (READ_TRAINEES), or placed at a unit the caller heads. */
export async function mayReadAbsences(ctx: EmploymentContext, traineeId: string): Promise<boolean> {
  if (!permissionScope(ctx.viewer, Permission.READ_ABSENCES)) return false;
  if (await ctx.traineeScope.sees(traineeId)) return true;
  return isHeadOfTraineeUnit(ctx, traineeId);
}

export async function assertMayReadAbsences(ctx: EmploymentContext, traineeId: string): Promise<void> {
  if (!(await mayReadAbsences(ctx, traineeId))) throw forbidden('Du ser bara frånvaro för BT-läkare du har ansvar för.', 'TRAINEE_NOT_IN_SCOPE');
}

/**
 * ABS-10, ABS-11 (GDPR art. 9): whether the caller sees the health data of the trainee's sick leave and VAB:
 * the Director and HR always, the deputy for their own site (ORG-1), the head of unit where the trainee is
 * placed today or (for one absence) on its first day.
 */
export async function seesHealthData(ctx: EmploymentContext, trainee: Pick<Trainee, 'id' | 'siteId'>, absenceStart?: IsoDate): Promise<boolean> {
  const scope = permissionScope(ctx.viewer, Permission.READ_SICK_LEAVE);
  if (scope === undefined) return false;
  if (scope === PermissionScope.ALL) return true;
  if (scope === PermissionScope.OWN_SITE && ctx.viewer.siteId === trainee.siteId) return true;
  const days = absenceStart ? [ctx.today, absenceStart] : [ctx.today];
  return (await headedPlacements(ctx, trainee.id)).some((placement) => days.some((day) => coversDate(placement, day)));
}

/**
 * An absence's health details for this caller: visible (and then audited, READ_SICK_LEAVE, once per
 * absence and request, written with the request's other audit rows in one statement) or hidden.
 * Other kinds are never hidden.
 */
export async function absenceDetailsVisible(ctx: EmploymentContext, absence: Absence): Promise<boolean> {
  if (!isHealthAbsence(absence.kind)) return true;
  const trainee = await ctx.loaders.trainee.load(absence.traineeId);
  if (!trainee || !(await seesHealthData(ctx, trainee, absence.startDate))) return false;
  await ctx.audit.record('READ_SICK_LEAVE', 'Absence', absence.id);
  return true;
}

import { LessThanOrEqual, MoreThanOrEqual, type DataSource } from 'typeorm';
import { forbidden, Permission, PermissionScope, permissionScope } from '@bt/auth';
import { clinicalSupervisionBounds, type IsoDate } from '@bt/domain';
import type { Actor } from '@bt/subgraph';
import { MainSupervision } from './main-supervision.entity';
import { Placement } from '../placement/placement.entity';

/**
 * EDU-7, EDU-8, EDU-9: the trainees a person supervises on `today`, as main supervisor (all of BT) or
 * as clinical supervisor of a placement that is current, starts within a few weeks or ended a few weeks
 * ago (CLINICAL_SUPERVISION_WINDOW in libs/domain): the row scope of a supervisor.
 */
export async function supervisedTraineeIds(dataSource: DataSource, supervisorId: string, today: IsoDate): Promise<string[]> {
  const { startsBy, endsFrom } = clinicalSupervisionBounds(today);
  const [main, clinical] = await Promise.all([
    dataSource.getRepository(MainSupervision).find({ select: { traineeId: true }, where: { supervisorId } }),
    dataSource.getRepository(Placement).find({
      select: { traineeId: true },
      where: { clinicalSupervisorId: supervisorId, startDate: LessThanOrEqual(startsBy), endDate: MoreThanOrEqual(endsFrom) },
    }),
  ]);
  return [...new Set([...main, ...clinical].map((row) => row.traineeId))].sort();
}

/**
 * The trainees `supervisorId` supervises, asked by `actor`: a supervisor asks about themselves only; a
 * service identity (whose permission reaches ALL) names the person whose row scope it works out.
 */
export async function supervisedTraineeIdsAskedBy(dataSource: DataSource, actor: Actor, supervisorId: string): Promise<string[]> {
  const scope = permissionScope(actor.viewer, Permission.READ_SUPERVISED_TRAINEES);
  if (scope !== PermissionScope.ALL && supervisorId !== actor.viewer.id) {
    throw forbidden('Du kan bara se vilka BT-läkare du själv handleder.', 'SUPERVISOR_NOT_SELF');
  }
  return supervisedTraineeIds(dataSource, supervisorId, actor.today);
}

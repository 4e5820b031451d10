import type { DataSource } from 'typeorm';
import { Role, type Viewer } from '@bt/auth';
import { MainSupervision } from './main-supervision.entity';
import { Placement } from '../placement/placement.entity';

/** The trainees a person supervises: as main supervisor (all of BT) or as clinical supervisor of a placement. */
export async function supervisedTraineeIds(dataSource: DataSource, viewer: Viewer): Promise<string[]> {
  const ids = new Set<string>();
  if (viewer.roles.includes(Role.MAIN_SUPERVISOR)) {
    const rows = await dataSource.getRepository(MainSupervision).find({ select: { traineeId: true }, where: { supervisorId: viewer.id } });
    rows.forEach((row) => ids.add(row.traineeId));
  }
  if (viewer.roles.includes(Role.CLINICAL_SUPERVISOR)) {
    const rows = await dataSource.getRepository(Placement).find({ select: { traineeId: true }, where: { clinicalSupervisorId: viewer.id } });
    rows.forEach((row) => ids.add(row.traineeId));
  }
  return [...ids].sort();
}

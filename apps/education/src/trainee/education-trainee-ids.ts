import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { TraineeScope } from '@bt/auth';
import { addDays, type EducationTraineeCriteria, type IsoDate } from '@bt/domain';
import { whereIn } from '@bt/subgraph';
import { MainSupervision } from '../supervision/main-supervision.entity';
import { Placement } from '../placement/placement.entity';

/**
 * The ids of the trainees in `scope` that meet every criterion, in one SQL statement: each criterion
 * is a sub-select of trainee ids (different placements may meet different criteria).
 */
export async function educationTraineeIds(
  dataSource: DataSource,
  criteria: EducationTraineeCriteria,
  scope: TraineeScope,
  today: IsoDate,
): Promise<string[]> {
  const bySupervision = criteria.mainSupervisorId != null || criteria.withMainSupervisor === true;
  const query: SelectQueryBuilder<object> = bySupervision
    ? dataSource.getRepository(MainSupervision).createQueryBuilder('candidate')
    : dataSource.getRepository(Placement).createQueryBuilder('candidate').distinct(true);
  query.select('candidate.traineeId', 'traineeId');
  if (criteria.mainSupervisorId != null) query.andWhere('candidate.supervisorId = :supervisorId', { supervisorId: criteria.mainSupervisorId });
  if (criteria.currentUnitId != null) {
    const placements = query.subQuery().select('placed.traineeId').from(Placement, 'placed')
      .where('placed.unitId = :unitId AND placed.startDate <= :today AND placed.endDate >= :today');
    query.andWhere(`candidate.traineeId IN ${placements.getQuery()}`, { unitId: criteria.currentUnitId, today });
  }
  if (criteria.placementStartingWithinDays != null) {
    const placements = query.subQuery().select('starting.traineeId').from(Placement, 'starting')
      .where('starting.startDate >= :from AND starting.startDate <= :until');
    query.andWhere(`candidate.traineeId IN ${placements.getQuery()}`, { from: today, until: addDays(today, criteria.placementStartingWithinDays) });
  }
  if (!scope.all) whereIn(query, 'candidate.traineeId', [...scope.ids], 'scopeIds');
  const rows: { traineeId: string }[] = await query.orderBy('candidate.traineeId').getRawMany();
  return rows.map((row) => row.traineeId);
}

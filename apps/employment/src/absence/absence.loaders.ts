import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { loadManyBy, perRequest, ReadPlacement } from '@bt/subgraph';
import { Absence } from './absence.entity';
import { PlacementAbsenceJudgement } from './placement-absence-judgement.entity';
import { RehabilitationDecision } from './rehabilitation-decision.entity';
import { RehabilitationPlan } from './rehabilitation-plan.entity';
import { Unit } from '../unit/unit.entity';
import type { EmploymentContext } from '../employment.context';

/** Trainee ids per statement at most (well under SQLite's variable limit). */
const MAX_BATCH = 500;

/**
 * Per trainee, their placements (read model of education) at units the person `headId` is head of: one
 * statement (a join on unit.headOfUnitId) for every trainee asked about in the same tick.
 */
function headedPlacementsLoader(dataSource: DataSource, headId: string) {
  return new DataLoader<string, ReadPlacement[]>(
    async (traineeIds) => {
      const rows = await dataSource
        .getRepository(ReadPlacement)
        .createQueryBuilder('placement')
        .innerJoin(Unit, 'unit', 'unit.id = placement.unitId')
        .where('unit.headOfUnitId = :headId', { headId })
        .andWhere('placement.traineeId IN (:...traineeIds)', { traineeIds: [...traineeIds] })
        .getMany();
      return traineeIds.map((id) => rows.filter((row) => row.traineeId === id));
    },
    { maxBatchSize: MAX_BATCH },
  );
}

function createAbsenceLoaders(ctx: EmploymentContext) {
  const { dataSource } = ctx;
  return {
    absencesByTrainee: loadManyBy(dataSource, Absence, 'traineeId', { startDate: 'ASC', id: 'ASC' }),
    placementsByTrainee: loadManyBy(dataSource, ReadPlacement, 'traineeId', { startDate: 'ASC', id: 'ASC' }),
    judgementsByTrainee: loadManyBy(dataSource, PlacementAbsenceJudgement, 'traineeId', { judgedAt: 'DESC', id: 'ASC' }),
    rehabilitationDecisionsByTrainee: loadManyBy(dataSource, RehabilitationDecision, 'traineeId', { decidedAt: 'DESC', id: 'ASC' }),
    rehabilitationPlansByTrainee: loadManyBy(dataSource, RehabilitationPlan, 'traineeId', { recordedAt: 'DESC', id: 'ASC' }),
    /** The caller's own units' placements per trainee (only asked for a head of unit). */
    headedPlacementsByTrainee: headedPlacementsLoader(dataSource, ctx.viewer.id),
  };
}

/** Absence's DataLoaders for the request `ctx` belongs to. */
export const absenceLoaders = perRequest((ctx: EmploymentContext) => createAbsenceLoaders(ctx));

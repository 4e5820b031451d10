import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { calendarMonths, gridMonthsProblems, type IsoDate } from '@bt/domain';
import { badUserInput, ReadPlacement, ReadPlannedVacation, ReadTrainingPlan, swedishSort } from '@bt/subgraph';
import { BlockPeriodKind, BlockPlanStatus } from './block-schedule.enums';
import type { BlockPeriod, BlockScheduleRow, UnitCapacity } from './block-schedule.type';
import { Trainee } from '../trainee/trainee.entity';
import { Unit } from '../unit/unit.entity';
import type { EmploymentContext } from '../employment.context';

/** `IN (…)`: the ids of the cohort's trainees the caller may see, as a subquery of `query` (no id list). */
function visibleCohortTrainees<T extends ObjectLiteral>(ctx: EmploymentContext, query: SelectQueryBuilder<T>, cohortId: string): string {
  const trainees = query.subQuery().select('cohortTrainee.id').from(Trainee, 'cohortTrainee').where('cohortTrainee.cohortId = :cohortId', { cohortId });
  ctx.traineeScope.restrict(trainees, 'cohortTrainee.id');
  query.setParameters(trainees.getParameters());
  return trainees.getQuery();
}

/**
 * EDU-5, ABS-4: one row per trainee of the cohort the caller may see (row scope as the trainee list), in
 * Swedish name order, with the plan's status and the periods from employment's read model of education.
 * Three statements whatever the cohort's size: the trainees with their plan, every period (placements
 * and vacation in one UNION ALL), and the periods' units in one batch.
 */
export async function cohortBlockSchedule(ctx: EmploymentContext, cohortId: string): Promise<BlockScheduleRow[]> {
  const trainees = ctx.dataSource
    .getRepository(Trainee)
    .createQueryBuilder('trainee')
    .leftJoin(ReadTrainingPlan, 'plan', 'plan.traineeId = trainee.id')
    .addSelect('plan.status', 'planStatus')
    .where('trainee.cohortId = :cohortId', { cohortId });
  ctx.traineeScope.restrict(trainees, 'trainee.id');
  trainees
    .orderBy(swedishSort(trainees, 'trainee.familyName', true))
    .addOrderBy(swedishSort(trainees, 'trainee.givenName', true))
    .addOrderBy('trainee.id');

  const placements = ctx.dataSource
    .createQueryBuilder()
    .select(['placement.traineeId AS traineeId', 'placement.id AS id', 'placement.unitId AS unitId', 'placement.kind AS kind'])
    .addSelect(['placement.startDate AS startDate', 'placement.endDate AS endDate'])
    .from(ReadPlacement, 'placement');
  placements.where(`placement.traineeId IN ${visibleCohortTrainees(ctx, placements, cohortId)}`);
  const vacations = ctx.dataSource
    .createQueryBuilder()
    .select(['vacation.traineeId AS traineeId', 'vacation.id AS id', 'NULL AS unitId', `'${BlockPeriodKind.VACATION}' AS kind`])
    .addSelect(['vacation.startDate AS startDate', 'vacation.endDate AS endDate'])
    .from(ReadPlannedVacation, 'vacation');
  vacations.where(`vacation.traineeId IN ${visibleCohortTrainees(ctx, vacations, cohortId)}`);
  const [placementSql, placementParameters] = placements.getQueryAndParameters();
  const [vacationSql, vacationParameters] = vacations.getQueryAndParameters();

  const [{ entities, raw }, periodRows] = await Promise.all([
    trainees.getRawAndEntities<{ trainee_id: string; planStatus: string | null }>(),
    ctx.dataSource.query(`${placementSql} UNION ALL ${vacationSql} ORDER BY startDate, id`, [...placementParameters, ...vacationParameters]) as Promise<
      { traineeId: string; id: string; unitId: string | null; kind: string | null; startDate: string; endDate: string }[]
    >,
  ]);
  // the units once per request (a few dozen), attached to each period here rather than resolved per period
  const unitIds = [...new Set(periodRows.flatMap((row) => (row.unitId ? [row.unitId] : [])))];
  const units = new Map((await ctx.loaders.unit.loadMany(unitIds)).map((unit, index) => [unitIds[index], unit instanceof Unit ? unit : null]));
  const planStatus = new Map(raw.map((row) => [row.trainee_id, (row.planStatus as BlockPlanStatus | null) ?? BlockPlanStatus.NONE]));
  const periods = new Map<string, BlockPeriod[]>(entities.map((trainee) => [trainee.id, []]));
  for (const row of periodRows) {
    const vacation = row.kind === BlockPeriodKind.VACATION;
    periods.get(row.traineeId)?.push({
      kind: row.kind as BlockPeriodKind | null,
      unit: row.unitId ? (units.get(row.unitId) ?? null) : null,
      startDate: row.startDate,
      endDate: row.endDate,
      placementId: vacation ? null : row.id,
    });
  }
  return entities.map((trainee) => ({ trainee, planStatus: planStatus.get(trainee.id) ?? BlockPlanStatus.NONE, periods: periods.get(trainee.id) ?? [] }));
}

/**
 * EDU-2: per unit (of the site, or both sites) and calendar month from `from`, how many trainees have a
 * placement there with at least one day in the month. Two statements whatever the region's size: the
 * units, and the counts (the months as a derived table joined to the placements that overlap them,
 * COUNT(DISTINCT trainee) per unit and month, in SQL).
 */
export async function unitCapacity(ctx: EmploymentContext, siteId: string | null | undefined, from: IsoDate, months: number): Promise<UnitCapacity[]> {
  const problems = gridMonthsProblems(months);
  if (problems.length > 0) throw badUserInput(problems);
  const grid = calendarMonths(from, months);
  const units = ctx.dataSource.getRepository(Unit).createQueryBuilder('unit');
  if (siteId) units.where('unit.siteId = :siteId', { siteId });
  units.orderBy('unit.siteId').addOrderBy(swedishSort(units, 'unit.name')).addOrderBy('unit.id');

  const monthTable = grid.map((_, index) => `SELECT :monthStart${index} AS monthStart, :monthEnd${index} AS monthEnd`).join(' UNION ALL ');
  const counts = ctx.dataSource
    .createQueryBuilder()
    .select('placement.unitId', 'unitId')
    .addSelect('month.monthStart', 'month')
    .addSelect('COUNT(DISTINCT placement.traineeId)', 'trainees')
    .from(ReadPlacement, 'placement')
    .innerJoin(`(${monthTable})`, 'month', 'placement.startDate <= month.monthEnd AND placement.endDate >= month.monthStart')
    .where('placement.startDate <= :lastDay AND placement.endDate >= :firstDay', { firstDay: grid[0].start, lastDay: grid[grid.length - 1].end })
    .groupBy('placement.unitId')
    .addGroupBy('month.monthStart');
  grid.forEach((month, index) => counts.setParameters({ [`monthStart${index}`]: month.start, [`monthEnd${index}`]: month.end }));
  if (siteId) counts.innerJoin(Unit, 'unit', 'unit.id = placement.unitId AND unit.siteId = :siteId', { siteId });

  const [unitRows, countRows] = await Promise.all([units.getMany(), counts.getRawMany<{ unitId: string; month: string; trainees: string | number }>()]);
  const count = new Map(countRows.map((row) => [`${row.unitId} ${row.month}`, Number(row.trainees)]));
  return unitRows.map((unit) => ({
    unit,
    months: grid.map((month) => ({ month: month.start, trainees: count.get(`${unit.id} ${month.start}`) ?? 0 })),
  }));
}

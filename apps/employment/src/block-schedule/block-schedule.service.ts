import type { SelectQueryBuilder } from 'typeorm';
import { BLOCK_SCHEDULE_MAX_PER_PAGE, calendarMonths, gridMonthsProblems, pagingProblems, type IsoDate } from '@bt/domain';
import { badUserInput, ReadPlacement, ReadPlannedVacation, ReadTrainingPlan, swedishSort, type Page } from '@bt/subgraph';
import { BlockPeriodKind, BlockPlanStatus } from './block-schedule.enums';
import type { BlockPeriod, BlockScheduleRow, UnitCapacity } from './block-schedule.type';
import { Trainee } from '../trainee/trainee.entity';
import { Unit } from '../unit/unit.entity';
import type { EmploymentContext } from '../employment.context';

/** The trainees of the cohort the caller may see (row scope as the trainee list, in SQL). */
function visibleCohortTrainees(ctx: EmploymentContext, cohortId: string): SelectQueryBuilder<Trainee> {
  const trainees = ctx.dataSource.getRepository(Trainee).createQueryBuilder('trainee').where('trainee.cohortId = :cohortId', { cohortId });
  ctx.traineeScope.restrict(trainees, 'trainee.id');
  return trainees;
}

/** `alias.traineeId IN (…)`: a period table's rows of the page's trainees (at most a page of ids, within employment). */
function periodsOf(ctx: EmploymentContext, select: string[], entity: typeof ReadPlacement | typeof ReadPlannedVacation, alias: string, traineeIds: string[]) {
  return ctx.dataSource
    .createQueryBuilder()
    .select(select)
    .addSelect([`${alias}.startDate AS startDate`, `${alias}.endDate AS endDate`])
    .from(entity, alias)
    .where(`${alias}.traineeId IN (:...traineeIds)`, { traineeIds })
    .getQueryAndParameters();
}

/**
 * EDU-5, ABS-4: one page of the cohort's block schedule: a row per trainee the caller may see (row scope
 * as the trainee list), in Swedish name order, with the plan's status and the periods from employment's
 * read model of education, and how many rows all pages hold. Four statements whatever the cohort's size
 * or the page's: the page's trainees with their plan (LIMIT/OFFSET in SQL) beside the count, then the
 * page's periods (placements and vacation in one UNION ALL) and their units in one batch.
 */
export async function cohortBlockSchedule(
  ctx: EmploymentContext,
  cohortId: string,
  paging: { page: number; perPage: number },
): Promise<Page<BlockScheduleRow>> {
  const problems = pagingProblems(paging, [], BLOCK_SCHEDULE_MAX_PER_PAGE);
  if (problems.length > 0) throw badUserInput(problems);
  const trainees = visibleCohortTrainees(ctx, cohortId)
    .leftJoin(ReadTrainingPlan, 'plan', 'plan.traineeId = trainee.id')
    .addSelect('plan.status', 'planStatus');
  trainees
    .orderBy(swedishSort(trainees, 'trainee.familyName', true))
    .addOrderBy(swedishSort(trainees, 'trainee.givenName', true))
    .addOrderBy('trainee.id')
    .offset((paging.page - 1) * paging.perPage)
    .limit(paging.perPage);
  const [{ entities, raw }, total] = await Promise.all([
    trainees.getRawAndEntities<{ trainee_id: string; planStatus: string | null }>(),
    visibleCohortTrainees(ctx, cohortId).getCount(),
  ]);
  if (entities.length === 0) return { items: [], total };

  const traineeIds = entities.map((trainee) => trainee.id);
  const [placementSql, placementParameters] = periodsOf(
    ctx,
    ['placement.traineeId AS traineeId', 'placement.id AS id', 'placement.unitId AS unitId', 'placement.kind AS kind'],
    ReadPlacement,
    'placement',
    traineeIds,
  );
  const [vacationSql, vacationParameters] = periodsOf(
    ctx,
    ['vacation.traineeId AS traineeId', 'vacation.id AS id', 'NULL AS unitId', `'${BlockPeriodKind.VACATION}' AS kind`],
    ReadPlannedVacation,
    'vacation',
    traineeIds,
  );
  const periodRows = (await ctx.dataSource.query(`${placementSql} UNION ALL ${vacationSql} ORDER BY startDate, id`, [
    ...placementParameters,
    ...vacationParameters,
  ])) as { traineeId: string; id: string; unitId: string | null; kind: string | null; startDate: string; endDate: string }[];
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
  const items = entities.map((trainee) => ({
    trainee,
    planStatus: planStatus.get(trainee.id) ?? BlockPlanStatus.NONE,
    periods: periods.get(trainee.id) ?? [],
  }));
  return { items, total };
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

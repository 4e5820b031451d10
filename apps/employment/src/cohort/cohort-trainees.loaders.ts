import DataLoader from 'dataloader';
import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { perRequest, swedishSort, type TraineeRowScope } from '@bt/subgraph';
import { Trainee } from '../trainee/trainee.entity';
import type { EmploymentContext } from '../employment.context';

/** The trainees of the given cohorts that the caller may see (row scope in SQL, on the read model). */
function scopedTrainees(dataSource: DataSource, cohortIds: readonly string[], scope: TraineeRowScope): SelectQueryBuilder<Trainee> {
  const query = dataSource
    .getRepository(Trainee)
    .createQueryBuilder('trainee')
    .where('trainee.cohortId IN (:...cohortIds)', { cohortIds: [...cohortIds] });
  scope.restrict(query, 'trainee.id');
  return query;
}

/**
 * The first `first` trainees of each cohort, in the trainee list's order (Swedish name order, then id):
 * one statement numbers each cohort's trainees (ROW_NUMBER per cohort) and keeps the ids up to `first`,
 * a second reads those rows. A cohort's other trainees are never read, however large it grows.
 */
function firstTraineesByCohort(dataSource: DataSource, scope: TraineeRowScope, first: number): DataLoader<string, Trainee[]> {
  return new DataLoader<string, Trainee[]>(async (cohortIds) => {
    const ranked = scopedTrainees(dataSource, cohortIds, scope).select('trainee.id', 'id').addSelect('trainee.cohortId', 'cohortId');
    const order = [swedishSort(ranked, 'trainee.familyName', true), swedishSort(ranked, 'trainee.givenName', true), 'trainee.id'].join(', ');
    ranked.addSelect(`ROW_NUMBER() OVER (PARTITION BY trainee.cohortId ORDER BY ${order})`, 'rowNumber');
    const firstIds: { id: string; cohortId: string; rowNumber: string | number }[] = await dataSource
      .createQueryBuilder()
      .select(['ranked.id AS id', 'ranked.cohortId AS cohortId', 'ranked.rowNumber AS rowNumber'])
      .from(`(${ranked.getQuery()})`, 'ranked')
      .setParameters(ranked.getParameters())
      .where('ranked.rowNumber <= :first', { first })
      .getRawMany();
    const rows = firstIds.length === 0 ? [] : await dataSource.getRepository(Trainee).findBy({ id: In(firstIds.map((row) => row.id)) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const groups = new Map<string, Trainee[]>(cohortIds.map((id) => [id, []]));
    for (const row of [...firstIds].sort((a, b) => Number(a.rowNumber) - Number(b.rowNumber))) {
      const trainee = byId.get(row.id);
      if (trainee) groups.get(row.cohortId)?.push(trainee);
    }
    return cohortIds.map((id) => groups.get(id) ?? []);
  });
}

/** How many trainees of each cohort the caller may see: one GROUP BY statement. */
function traineeCountByCohort(dataSource: DataSource, scope: TraineeRowScope): DataLoader<string, number> {
  return new DataLoader<string, number>(async (cohortIds) => {
    const rows: { cohortId: string; count: string | number }[] = await scopedTrainees(dataSource, cohortIds, scope)
      .select('trainee.cohortId', 'cohortId')
      .addSelect('COUNT(*)', 'count')
      .groupBy('trainee.cohortId')
      .getRawMany();
    const counts = new Map(rows.map((row) => [row.cohortId, Number(row.count)]));
    return cohortIds.map((id) => counts.get(id) ?? 0);
  });
}

/** Issue 9 item 3: a cohort's trainees are capped per request (one loader per size asked for) and counted. */
export const cohortTraineeLoaders = perRequest((ctx: EmploymentContext) => {
  const scope = ctx.traineeScope;
  const firstOf = new Map<number, DataLoader<string, Trainee[]>>();
  return {
    first(first: number): DataLoader<string, Trainee[]> {
      if (!firstOf.has(first)) firstOf.set(first, firstTraineesByCohort(ctx.dataSource, scope, first));
      return firstOf.get(first)!;
    },
    count: traineeCountByCohort(ctx.dataSource, scope),
  };
});

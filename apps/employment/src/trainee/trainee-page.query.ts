import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { TraineeScope } from '@bt/auth';
import type { IsoDate } from '@bt/domain';
import { whereContains, whereIn } from '@bt/subgraph';
import { Trainee } from './trainee.entity';
import type { TraineeFilter } from './trainee-page.args';
import { Site } from '../site/site.entity';
import { Cohort } from '../cohort/cohort.entity';

/**
 * The trainees of a list, all in SQL: the caller's row scope, the filter, and the ids education gave
 * for the filter's education criteria. Site and cohort are joined for sorting by their names.
 */
export function traineePageQuery(
  dataSource: DataSource,
  today: IsoDate,
  filter: TraineeFilter,
  scope: TraineeScope,
  education: { include?: string[]; exclude?: string[] },
): SelectQueryBuilder<Trainee> {
  const query = dataSource
    .getRepository(Trainee)
    .createQueryBuilder('trainee')
    .leftJoin(Site, 'site', 'site.id = trainee.siteId')
    .leftJoin(Cohort, 'cohort', 'cohort.id = trainee.cohortId');
  if (!scope.all) whereIn(query, 'trainee.id', [...scope.ids], 'scopeIds');
  whereIn(query, 'trainee.id', filter.ids, 'ids');
  if (filter.siteId != null) query.andWhere('trainee.siteId = :siteId', { siteId: filter.siteId });
  if (filter.cohortId != null) query.andWhere('trainee.cohortId = :cohortId', { cohortId: filter.cohortId });
  whereContains(query, ['trainee.givenName', 'trainee.familyName'], filter.q, 'q');
  if (filter.active != null) {
    query.andWhere(
      filter.active
        ? 'trainee.employmentStart <= :today AND trainee.employmentEnd >= :today'
        : '(trainee.employmentStart > :today OR trainee.employmentEnd < :today)',
      { today },
    );
  }
  whereIn(query, 'trainee.id', education.include, 'educationIds');
  whereIn(query, 'trainee.id', education.exclude, 'excludedIds', true);
  return query;
}

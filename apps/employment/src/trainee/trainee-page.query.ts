import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { IsoDate } from '@bt/domain';
import { whereContains, whereIn, type TraineeRowScope } from '@bt/subgraph';
import { Trainee } from './trainee.entity';
import type { TraineeFilter } from './trainee-page.args';
import { whereEducation } from './education-filter.query';
import { Site } from '../site/site.entity';
import { Cohort } from '../cohort/cohort.entity';

/**
 * The trainees of a list, all in SQL: the caller's row scope and the filter's education criteria as
 * conditions on the read model of education, and the rest of the filter. Site and cohort are joined for
 * sorting by their names.
 */
export function traineePageQuery(dataSource: DataSource, today: IsoDate, filter: TraineeFilter, scope: TraineeRowScope): SelectQueryBuilder<Trainee> {
  const query = dataSource
    .getRepository(Trainee)
    .createQueryBuilder('trainee')
    .leftJoin(Site, 'site', 'site.id = trainee.siteId')
    .leftJoin(Cohort, 'cohort', 'cohort.id = trainee.cohortId');
  scope.restrict(query, 'trainee.id');
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
  whereEducation(query, 'trainee.id', filter, today);
  return query;
}

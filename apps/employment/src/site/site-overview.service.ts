import type { DataSource } from 'typeorm';
import type { IsoDate } from '@bt/domain';
import { whereIn, type Actor } from '@bt/subgraph';
import { sites } from './site.service';
import type { SiteOverview } from './site-overview.type';
import { Cohort } from '../cohort/cohort.entity';
import { Trainee } from '../trainee/trainee.entity';
import type { EducationTraineeIds } from '../trainee/education-lookup';

const SOON_DAYS = 30;

/** Per site, how many trainees meet `condition` and are (with `negate`: are not) among `ids`; counted in SQL. */
async function traineesPerSite(
  dataSource: DataSource,
  today: IsoDate,
  only: { condition?: string; ids?: string[]; negate?: boolean },
): Promise<Map<string, number>> {
  const query = dataSource
    .getRepository(Trainee)
    .createQueryBuilder('trainee')
    .select('trainee.siteId', 'siteId')
    .addSelect('COUNT(*)', 'count')
    .groupBy('trainee.siteId');
  if (only.condition) query.andWhere(only.condition, { today });
  whereIn(query, 'trainee.id', only.ids, 'ids', only.negate);
  const rows: { siteId: string; count: string | number }[] = await query.getRawMany();
  return new Map(rows.map((row) => [row.siteId, Number(row.count)]));
}

/** The start page's figures per site on the actor's today: one call to education, then counts in SQL. */
export async function siteOverviews(dataSource: DataSource, { today }: Actor, educationTraineeIds: EducationTraineeIds): Promise<SiteOverview[]> {
  const [withMainSupervisor, startingSoon] = await educationTraineeIds([{ withMainSupervisor: true }, { placementStartingWithinDays: SOON_DAYS }]);
  const [siteRows, cohortRows, active, withoutMainSupervisor, starting] = await Promise.all([
    sites(dataSource),
    dataSource
      .getRepository(Cohort)
      .createQueryBuilder('cohort')
      .select('cohort.siteId', 'siteId')
      .addSelect('COUNT(*)', 'count')
      .groupBy('cohort.siteId')
      .getRawMany<{ siteId: string; count: string | number }>(),
    traineesPerSite(dataSource, today, { condition: 'trainee.employmentStart <= :today AND trainee.employmentEnd >= :today' }),
    traineesPerSite(dataSource, today, { condition: 'trainee.employmentEnd >= :today', ids: withMainSupervisor, negate: true }),
    traineesPerSite(dataSource, today, { ids: startingSoon }),
  ]);
  const cohorts = new Map(cohortRows.map((row) => [row.siteId, Number(row.count)]));
  return siteRows.map((site) => ({
    site,
    activeTrainees: active.get(site.id) ?? 0,
    cohorts: cohorts.get(site.id) ?? 0,
    traineesWithoutMainSupervisor: withoutMainSupervisor.get(site.id) ?? 0,
    placementsStartingWithin30Days: starting.get(site.id) ?? 0,
  }));
}

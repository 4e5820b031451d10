import type { DataSource } from 'typeorm';
import type { IsoDate } from '@bt/domain';
import type { Actor } from '@bt/subgraph';
import { sites } from './site.service';
import type { SiteOverview } from './site-overview.type';
import { Cohort } from '../cohort/cohort.entity';
import { Trainee } from '../trainee/trainee.entity';
import { whereEducation, type EducationCriteria } from '../trainee/education-filter.query';
import { countedOnce } from '../trainee/trainee-counts';

const SOON_DAYS = 30;

/** Trainees of a site that meet the conditions: how many, how many of them have started by today, and the first day of the earliest. */
interface TraineesAtSite {
  count: number;
  started: number;
  firstStart: IsoDate | null;
}

/** Per site, the trainees that meet `condition` and the education criteria (on the read model); one GROUP BY statement. */
async function traineesPerSite(
  dataSource: DataSource,
  today: IsoDate,
  only: { condition?: string; education?: EducationCriteria },
): Promise<Map<string, TraineesAtSite>> {
  const query = dataSource
    .getRepository(Trainee)
    .createQueryBuilder('trainee')
    .select('trainee.siteId', 'siteId')
    .addSelect('COUNT(*)', 'count')
    .addSelect('SUM(CASE WHEN trainee.employmentStart <= :today THEN 1 ELSE 0 END)', 'started')
    .addSelect('MIN(trainee.employmentStart)', 'firstStart')
    .setParameter('today', today)
    .groupBy('trainee.siteId');
  if (only.condition) query.andWhere(only.condition, { today });
  if (only.education) whereEducation(query, 'trainee.id', only.education, today);
  const rows: { siteId: string; count: string | number; started: string | number; firstStart: IsoDate | null }[] = await query.getRawMany();
  return new Map(rows.map((row) => [row.siteId, { count: Number(row.count), started: Number(row.started), firstStart: row.firstStart }]));
}

/** Per site, the start page's counts on `today`: four GROUP BY statements over all trainees and cohorts. */
async function countsPerSite(dataSource: DataSource, today: IsoDate) {
  const [cohortRows, active, withoutMainSupervisor, starting] = await Promise.all([
    dataSource
      .getRepository(Cohort)
      .createQueryBuilder('cohort')
      .select('cohort.siteId', 'siteId')
      .addSelect('COUNT(*)', 'count')
      .groupBy('cohort.siteId')
      .getRawMany<{ siteId: string; count: string | number }>(),
    traineesPerSite(dataSource, today, { condition: 'trainee.employmentStart <= :today AND trainee.employmentEnd >= :today' }),
    traineesPerSite(dataSource, today, { condition: 'trainee.employmentEnd >= :today', education: { withoutMainSupervisor: true } }),
    traineesPerSite(dataSource, today, { education: { placementStartingWithinDays: SOON_DAYS } }),
  ]);
  return { cohorts: new Map(cohortRows.map((row) => [row.siteId, Number(row.count)])), active, withoutMainSupervisor, starting };
}

/**
 * The start page's figures per site on the actor's today: counts in SQL, education's part on its read
 * model, counted once per version of the data (countedOnce) so the page costs the same at any size.
 */
export async function siteOverviews(dataSource: DataSource, { today }: Actor): Promise<SiteOverview[]> {
  const [siteRows, { cohorts, active, withoutMainSupervisor, starting }] = await Promise.all([
    sites(dataSource),
    countedOnce(dataSource, `siteOverviews:${today}`, () => countsPerSite(dataSource, today)),
  ]);
  return siteRows.map((site) => {
    const lacking = withoutMainSupervisor.get(site.id);
    return {
      site,
      activeTrainees: active.get(site.id)?.count ?? 0,
      cohorts: cohorts.get(site.id) ?? 0,
      traineesWithoutMainSupervisor: lacking?.count ?? 0,
      // ORG-2: a named main supervisor is due by the introduction, the first day (mainSupervisorDueDate)
      traineesWithoutMainSupervisorOverdue: lacking?.started ?? 0,
      mainSupervisorFirstDue: lacking?.firstStart ?? null,
      placementsStartingWithin30Days: starting.get(site.id)?.count ?? 0,
    };
  });
}

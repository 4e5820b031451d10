import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { PROGRAMME_ROLES } from '@bt/auth';
import { whereIn } from '@bt/subgraph';
import { Site } from './site.entity';
import { SiteOverview } from './site-overview.type';
import { Cohort } from '../cohort/cohort.entity';
import { Trainee } from '../trainee/trainee.entity';
import type { EmploymentContext } from '../employment.context';

const SOON_DAYS = 30;

/** Per site, how many trainees meet `condition` and are (with `negate`: are not) among `ids`; counted in SQL. */
async function traineesPerSite(ctx: EmploymentContext, only: { condition?: string; ids?: string[]; negate?: boolean }): Promise<Map<string, number>> {
  const query = ctx.dataSource
    .getRepository(Trainee)
    .createQueryBuilder('trainee')
    .select('trainee.siteId', 'siteId')
    .addSelect('COUNT(*)', 'count')
    .groupBy('trainee.siteId');
  if (only.condition) query.andWhere(only.condition, { today: ctx.today });
  whereIn(query, 'trainee.id', only.ids, 'ids', only.negate);
  const rows: { siteId: string; count: string | number }[] = await query.getRawMany();
  return new Map(rows.map((row) => [row.siteId, Number(row.count)]));
}

@Resolver(() => SiteOverview)
export class SiteOverviewResolver {
  @Authorized(...PROGRAMME_ROLES)
  @Query(() => [SiteOverview], { description: 'Startsidan: en översikt per huvudort.' })
  async siteOverviews(@Ctx() ctx: EmploymentContext): Promise<SiteOverview[]> {
    const [withMainSupervisor, startingSoon] = await ctx.gateway.educationTraineeIds([
      { withMainSupervisor: true },
      { placementStartingWithinDays: SOON_DAYS },
    ]);
    const [sites, cohortRows, active, withoutMainSupervisor, starting] = await Promise.all([
      ctx.dataSource.getRepository(Site).find({ order: { name: 'ASC' } }),
      ctx.dataSource.getRepository(Cohort).createQueryBuilder('cohort').select('cohort.siteId', 'siteId').addSelect('COUNT(*)', 'count').groupBy('cohort.siteId').getRawMany<{ siteId: string; count: string | number }>(),
      traineesPerSite(ctx, { condition: 'trainee.employmentStart <= :today AND trainee.employmentEnd >= :today' }),
      traineesPerSite(ctx, { condition: 'trainee.employmentEnd >= :today', ids: withMainSupervisor, negate: true }),
      traineesPerSite(ctx, { ids: startingSoon }),
    ]);
    const cohorts = new Map(cohortRows.map((row) => [row.siteId, Number(row.count)]));
    return sites.map((site) => ({
      site,
      activeTrainees: active.get(site.id) ?? 0,
      cohorts: cohorts.get(site.id) ?? 0,
      traineesWithoutMainSupervisor: withoutMainSupervisor.get(site.id) ?? 0,
      placementsStartingWithin30Days: starting.get(site.id) ?? 0,
    }));
  }
}

import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PROGRAMME_ROLES } from '@bt/auth';
import { fetchPage, pageRequest, whereContains, whereIn, type Page } from '@bt/subgraph';
import { Cohort } from './cohort.entity';
import { COHORT_SORTING, CohortPage, CohortPageArgs } from './cohort-page.args';
import { Site } from '../site/site.entity';
import { Trainee } from '../trainee/trainee.entity';
import { siteFilter } from '../site/site-filter';
import { inScope } from '@bt/auth';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Cohort)
export class CohortResolver {
  @Authorized(...PROGRAMME_ROLES)
  @Query(() => [Cohort], {
    description: 'Kullar, nyaste först. Biträdande AT/BT-chef ser sin egen huvudort om inte siteId eller allSites anges.',
  })
  cohorts(
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | undefined,
    @Arg('allSites', () => Boolean, { defaultValue: false }) allSites: boolean,
    @Ctx() { dataSource, viewer }: EmploymentContext,
  ): Promise<Cohort[]> {
    const site = siteFilter(viewer, siteId, allSites);
    return dataSource.getRepository(Cohort).find({ where: site ? { siteId: site } : {}, order: { startDate: 'DESC', name: 'ASC' } });
  }

  @Authorized(...PROGRAMME_ROLES)
  @Query(() => CohortPage, {
    description:
      'En sida kullar för listor. sortField: name, startDate eller site (ortens namn); utan sortField nyaste först. Ingen förvald huvudort: ange siteId i filtret.',
  })
  cohortPage(@Args(() => CohortPageArgs) args: CohortPageArgs, @Ctx() { dataSource }: EmploymentContext): Promise<Page<Cohort>> {
    const request = pageRequest(args, COHORT_SORTING);
    const filter = args.filter ?? {};
    const query = dataSource.getRepository(Cohort).createQueryBuilder('cohort').leftJoin(Site, 'site', 'site.id = cohort.siteId');
    whereIn(query, 'cohort.id', filter.ids, 'ids');
    if (filter.siteId != null) query.andWhere('cohort.siteId = :siteId', { siteId: filter.siteId });
    if (filter.year != null) query.andWhere('cohort.startDate BETWEEN :yearStart AND :yearEnd', { yearStart: `${filter.year}-01-01`, yearEnd: `${filter.year}-12-31` });
    whereContains(query, ['cohort.name'], filter.q, 'q');
    return fetchPage(query, request);
  }

  @Authorized(...PROGRAMME_ROLES)
  @Query(() => Cohort, { nullable: true })
  cohort(@Arg('id', () => ID) id: string, @Ctx() { loaders }: EmploymentContext): Promise<Cohort | undefined> {
    return loaders.cohort.load(id);
  }

  @FieldResolver(() => Site)
  site(@Root() cohort: Cohort, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(cohort.siteId);
  }

  @FieldResolver(() => [Trainee], { description: 'Kullens BT-läkare som du får se.' })
  async trainees(@Root() cohort: Cohort, @Ctx() ctx: EmploymentContext): Promise<Trainee[]> {
    const [trainees, scope] = await Promise.all([ctx.loaders.traineesByCohort.load(cohort.id), ctx.traineeScope()]);
    return trainees.filter((trainee) => inScope(scope, trainee.id));
  }
}

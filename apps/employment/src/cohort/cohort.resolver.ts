import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { inScope, Permission } from '@bt/auth';
import type { Page } from '@bt/subgraph';
import { Cohort } from './cohort.entity';
import { CohortPage, CohortPageArgs } from './cohort-page.args';
import { cohortPage, cohorts } from './cohort.service';
import { Site } from '../site/site.entity';
import { Trainee } from '../trainee/trainee.entity';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Cohort)
export class CohortResolver {
  @Authorized(Permission.READ_PROGRAMME)
  @Query(() => [Cohort], {
    description: 'Kullar, nyaste först. Biträdande AT/BT-chef ser sin egen huvudort om inte siteId eller allSites anges.',
  })
  cohorts(
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | undefined,
    @Arg('allSites', () => Boolean, { defaultValue: false }) allSites: boolean,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Cohort[]> {
    return cohorts(ctx.dataSource, ctx, siteId, allSites);
  }

  @Authorized(Permission.READ_PROGRAMME)
  @Query(() => CohortPage, {
    description:
      'En sida kullar för listor. sortField: name, startDate eller site (ortens namn); utan sortField nyaste först. Ingen förvald huvudort: ange siteId i filtret.',
  })
  cohortPage(@Args(() => CohortPageArgs) args: CohortPageArgs, @Ctx() { dataSource }: EmploymentContext): Promise<Page<Cohort>> {
    return cohortPage(dataSource, args);
  }

  @Authorized(Permission.READ_PROGRAMME)
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

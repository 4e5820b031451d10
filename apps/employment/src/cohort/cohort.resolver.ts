import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PROGRAMME_ROLES } from '@bt/auth';
import { Cohort } from './cohort.entity';
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

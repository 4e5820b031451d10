import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { NESTED_LIST_DEFAULT, NESTED_LIST_MAX, nestedListProblems } from '@bt/domain';
import { badUserInput, type Page } from '@bt/subgraph';
import { Cohort } from './cohort.entity';
import { CohortPage, CohortPageArgs } from './cohort-page.args';
import { cohortPage, cohorts } from './cohort.service';
import { cohortTraineeLoaders } from './cohort-trainees.loaders';
import { Site } from '../site/site.entity';
import { Trainee } from '../trainee/trainee.entity';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Cohort)
export class CohortResolver {
  @Authorized(Permission.READ_PROGRAMME)
  @Query(() => [Cohort], {
    description: `Kullar, nyaste först: de första \`first\` (1–${NESTED_LIST_MAX}, annars BAD_USER_INPUT LIST_SIZE_OUT_OF_RANGE); alla, sida för sida: cohortPage. Biträdande AT/BT-chef ser sin egen huvudort om inte siteId eller allSites anges.`,
  })
  cohorts(
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | undefined,
    @Arg('allSites', () => Boolean, { defaultValue: false }) allSites: boolean,
    @Arg('first', () => Int, { defaultValue: NESTED_LIST_DEFAULT }) first: number,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Cohort[]> {
    return cohorts(ctx.dataSource, ctx, siteId, allSites, first);
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

  @FieldResolver(() => [Trainee], {
    description: `Kullens BT-läkare som du får se, i namnordning: de första \`first\` (1–${NESTED_LIST_MAX}, annars BAD_USER_INPUT LIST_SIZE_OUT_OF_RANGE). Antalet: traineeCount; alla, sida för sida: traineePage med filter.cohortId.`,
  })
  trainees(
    @Root() cohort: Cohort,
    @Arg('first', () => Int, { defaultValue: NESTED_LIST_DEFAULT }) first: number,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Trainee[]> {
    const problems = nestedListProblems(first);
    if (problems.length > 0) throw badUserInput(problems);
    return cohortTraineeLoaders(ctx).first(first).load(cohort.id);
  }

  @FieldResolver(() => Int, { description: 'Antal BT-läkare i kullen som du får se.' })
  traineeCount(@Root() cohort: Cohort, @Ctx() ctx: EmploymentContext): Promise<number> {
    return cohortTraineeLoaders(ctx).count.load(cohort.id);
  }
}

import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import { inScope, TRAINEE_READERS } from '@bt/auth';
import { daysAheadProblems, isEmploymentActive, monthsServed } from '@bt/domain';
import { fetchPage, pageRequest, type Page } from '@bt/subgraph';
import { Trainee } from './trainee.entity';
import { TRAINEE_SORTING, TraineePage, TraineePageArgs } from './trainee-page.args';
import { traineePageQuery } from './trainee-page.query';
import { educationTraineeSets } from './education-lookup';
import { Site } from '../site/site.entity';
import { Cohort } from '../cohort/cohort.entity';
import { siteFilter } from '../site/site-filter';
import { visiblePersonalIdentityNumber } from '../audit/personal-identity-number';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Trainee)
export class TraineeResolver {
  @Authorized(...TRAINEE_READERS)
  @Query(() => [Trainee], {
    description: 'BT-läkare du får se, valfritt för en kull eller huvudort. Biträdande AT/BT-chef ser sin egen huvudort om inte siteId eller allSites anges.',
  })
  async trainees(
    @Arg('cohortId', () => ID, { nullable: true }) cohortId: string | undefined,
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | undefined,
    @Arg('allSites', () => Boolean, { defaultValue: false }) allSites: boolean,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Trainee[]> {
    const site = cohortId ? siteId : siteFilter(ctx.viewer, siteId, allSites);
    const [trainees, scope] = await Promise.all([
      ctx.dataSource.getRepository(Trainee).find({
        where: { ...(cohortId ? { cohortId } : {}), ...(site ? { siteId: site } : {}) },
        order: { familyName: 'ASC', givenName: 'ASC' },
      }),
      ctx.traineeScope(),
    ]);
    return trainees.filter((trainee) => inScope(scope, trainee.id));
  }

  @Authorized(...TRAINEE_READERS)
  @Query(() => TraineePage, {
    description:
      'En sida BT-läkare du får se, för listor. sortField: name (efternamn, förnamn), familyName, employmentStart, employmentEnd, site, cohort (start, namn); utan sortField: namn. Ingen förvald huvudort: ange siteId i filtret.',
  })
  async traineePage(@Args(() => TraineePageArgs) args: TraineePageArgs, @Ctx() ctx: EmploymentContext): Promise<Page<Trainee>> {
    const filter = args.filter ?? {};
    const request = pageRequest(args, TRAINEE_SORTING, daysAheadProblems(filter.placementStartingWithinDays));
    const [scope, education] = await Promise.all([ctx.traineeScope(), educationTraineeSets(ctx.gateway, filter)]);
    return fetchPage(traineePageQuery(ctx, filter, scope, education), request);
  }

  @Authorized(...TRAINEE_READERS)
  @Query(() => Trainee, { nullable: true })
  async trainee(@Arg('id', () => ID) id: string, @Ctx() ctx: EmploymentContext): Promise<Trainee | undefined> {
    const [trainee, scope] = await Promise.all([ctx.loaders.trainee.load(id), ctx.traineeScope()]);
    return trainee && inScope(scope, trainee.id) ? trainee : undefined;
  }

  @FieldResolver(() => String, { description: 'Förnamn och efternamn.' })
  name(@Root() trainee: Trainee): string {
    return `${trainee.givenName} ${trainee.familyName}`;
  }

  @FieldResolver(() => String, {
    description: 'Personnummer ÅÅÅÅMMDD-XXXX. Maskerat (ÅÅÅÅMMDD-****) för roller som inte får se det; varje läsning i klartext loggas.',
  })
  personalIdentityNumber(@Root() trainee: Trainee, @Ctx() ctx: EmploymentContext): Promise<string> {
    return visiblePersonalIdentityNumber(ctx, { type: 'Trainee', ...trainee }, ctx.viewer.traineeId === trainee.id);
  }

  @FieldResolver(() => Float, {
    description: 'Tjänstgjorda månader från anställningens start till och med i dag eller dess slut, med en decimal; 0 före start.',
  })
  monthsServed(@Root() trainee: Trainee, @Ctx() { today }: EmploymentContext): number {
    return monthsServed(trainee.employmentStart, trainee.employmentEnd, today);
  }

  @FieldResolver(() => Boolean, { description: 'Anställd i dag: employmentStart <= i dag <= employmentEnd.' })
  active(@Root() trainee: Trainee, @Ctx() { today }: EmploymentContext): boolean {
    return isEmploymentActive(trainee.employmentStart, trainee.employmentEnd, today);
  }

  @FieldResolver(() => Site)
  site(@Root() trainee: Trainee, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(trainee.siteId);
  }

  @FieldResolver(() => Cohort)
  cohort(@Root() trainee: Trainee, @Ctx() { loaders }: EmploymentContext): Promise<Cohort | undefined> {
    return loaders.cohort.load(trainee.cohortId);
  }
}

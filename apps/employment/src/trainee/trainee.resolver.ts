import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { isEmploymentActive, mainSupervisorDueDate, monthsServed, NESTED_LIST_DEFAULT, NESTED_LIST_MAX, nestedListProblems } from '@bt/domain';
import { badUserInput, DateScalar, type Page } from '@bt/subgraph';
import { Trainee } from './trainee.entity';
import { TraineePage, TraineePageArgs } from './trainee-page.args';
import { traineePage, trainees } from './trainee.service';
import { Site } from '../site/site.entity';
import { Unit } from '../unit/unit.entity';
import { Cohort } from '../cohort/cohort.entity';
import { visiblePersonalIdentityNumber } from '../audit/personal-identity-number';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => Trainee)
export class TraineeResolver {
  @Authorized(Permission.READ_TRAINEES)
  @Query(() => [Trainee], {
    description: `BT-läkare du får se, valfritt för en kull eller huvudort, i namnordning: de första \`first\` (1–${NESTED_LIST_MAX}, annars BAD_USER_INPUT LIST_SIZE_OUT_OF_RANGE); alla, sida för sida: traineePage. Biträdande AT/BT-chef ser sin egen huvudort om inte siteId eller allSites anges.`,
  })
  trainees(
    @Arg('cohortId', () => ID, { nullable: true }) cohortId: string | undefined,
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | undefined,
    @Arg('allSites', () => Boolean, { defaultValue: false }) allSites: boolean,
    @Arg('first', () => Int, { defaultValue: NESTED_LIST_DEFAULT }) first: number,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Trainee[]> {
    // issue 9 item 3: the region's trainees are not one answer; the gateway prices the list by `first`
    const problems = nestedListProblems(first);
    if (problems.length > 0) throw badUserInput(problems);
    return trainees(ctx.dataSource, ctx, ctx.traineeScope, { cohortId, siteId, allSites }, first);
  }

  @Authorized(Permission.READ_TRAINEES)
  @Query(() => TraineePage, {
    description:
      'En sida BT-läkare du får se, för listor. sortField: name (efternamn, förnamn), familyName, employmentStart, employmentEnd, site, cohort (start, namn); utan sortField: namn. Ingen förvald huvudort: ange siteId i filtret.',
  })
  traineePage(@Args(() => TraineePageArgs) args: TraineePageArgs, @Ctx() ctx: EmploymentContext): Promise<Page<Trainee>> {
    return traineePage(ctx.dataSource, ctx, ctx.traineeScope, args);
  }

  @Authorized(Permission.READ_TRAINEES)
  @Query(() => Trainee, { nullable: true })
  async trainee(@Arg('id', () => ID) id: string, @Ctx() ctx: EmploymentContext): Promise<Trainee | undefined> {
    const [trainee, visible] = await Promise.all([ctx.loaders.trainee.load(id), ctx.traineeScope.sees(id)]);
    return trainee && visible ? trainee : undefined;
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

  @FieldResolver(() => DateScalar, {
    description:
      'ORG-2: dagen BT-läkaren senast ska ha en namngiven huvudansvarig handledare: BT-introduktionens start (anställningens första dag). Vilka som saknar en: filtret withoutMainSupervisor.',
  })
  mainSupervisorDueBy(@Root() trainee: Trainee): string {
    return mainSupervisorDueDate(trainee.employmentStart);
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

  @FieldResolver(() => Unit, { nullable: true, description: 'EMP-1: för BT inom ST-anställning enheten där ST-anställningen finns; tom för fristående BT.' })
  async stUnit(@Root() trainee: Trainee, @Ctx() { loaders }: EmploymentContext): Promise<Unit | null> {
    return trainee.stUnitId ? ((await loaders.unit.load(trainee.stUnitId)) ?? null) : null;
  }
}

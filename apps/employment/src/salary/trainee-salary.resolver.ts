import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { isWithinSalaryGuideline, salaryGuidelineYear } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';
import { TraineeSalary } from './trainee-salary.entity';
import { salaryLoaders } from './salary.loaders';
import { salaryHistory, setTraineeSalary } from './trainee-salary.service';
import { Trainee } from '../trainee/trainee.entity';
import { Person } from '../person/person.entity';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => TraineeSalary)
export class TraineeSalaryResolver {
  @Authorized(Permission.READ_SALARY)
  @Query(() => [TraineeSalary], {
    description:
      'EMP-2: en BT-läkares lönehistorik, senaste validFrom först (samma dag: senaste beslutet först). Endast AT/BT-chef, biträdande AT/BT-chef och HR-samordnare; varje läsning loggas i audit_event.',
  })
  async traineeSalaries(@Arg('traineeId', () => ID) traineeId: string, @Ctx() ctx: EmploymentContext): Promise<TraineeSalary[]> {
    const history = await salaryHistory(ctx.dataSource, traineeId);
    await ctx.audit.record('READ_TRAINEE_SALARY', 'Trainee', traineeId);
    return history;
  }

  @Authorized(Permission.SET_SALARY)
  @Mutation(() => TraineeSalary, {
    description:
      'EMP-2: ny förhandlad månadslön (i öre) från validFrom, ett datum inom anställningen eller före den. Historiken skrivs aldrig över: ändringen läggs till, och den som gäller i dag räknas fram. Loggas i audit_event med gammalt och nytt belopp i lönehistoriken. ORG-1: biträdande AT/BT-chefen bara för BT-läkare i en kull på sin egen huvudort.',
  })
  setTraineeSalary(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('monthlyOre', () => Int) monthlyOre: number,
    @Arg('validFrom', () => DateScalar) validFrom: string,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<TraineeSalary> {
    return setTraineeSalary(ctx.dataSource, ctx, traineeId, { monthlyOre, validFrom, note });
  }

  @FieldResolver(() => Trainee)
  trainee(@Root() salary: TraineeSalary, @Ctx() { loaders }: EmploymentContext): Promise<Trainee | undefined> {
    return loaders.trainee.load(salary.traineeId);
  }

  @FieldResolver(() => Person, { description: 'Den som beslutade lönen ((biträdande) AT/BT-chef eller HR-samordnare).' })
  decidedBy(@Root() salary: TraineeSalary, @Ctx() { loaders }: EmploymentContext): Promise<Person | undefined> {
    return loaders.person.load(salary.decidedById);
  }

  @FieldResolver(() => Boolean, {
    description:
      'EMP-2: om månadslönen ligger inom riktlinjen (min–max, båda inräknade) för kalenderåret i validFrom. En lön utanför riktlinjen är tillåten men ger false; finns ingen riktlinje för det året blir det också false.',
  })
  async withinGuideline(@Root() salary: TraineeSalary, @Ctx() ctx: EmploymentContext): Promise<boolean> {
    const guideline = await salaryLoaders(ctx).guidelineByYear.load(String(salaryGuidelineYear(salary.validFrom)));
    return isWithinSalaryGuideline(salary.monthlyOre, guideline);
  }
}

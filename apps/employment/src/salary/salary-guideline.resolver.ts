import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { VERSION_READ } from '@bt/subgraph';
import { SalaryGuideline } from './salary-guideline.entity';
import { salaryGuidelines, setSalaryGuideline } from './salary-guideline.service';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => SalaryGuideline)
export class SalaryGuidelineResolver {
  @Authorized(Permission.READ_SALARY)
  @Query(() => [SalaryGuideline], {
    description:
      'EMP-2: centrala riktlinjer för månadslön per kalenderår, nyaste året först; med year bara det årets. AT/BT-chef, biträdande AT/BT-chef och HR-samordnare.',
  })
  salaryGuidelines(@Arg('year', () => Int, { nullable: true }) year: number | undefined, @Ctx() { dataSource }: EmploymentContext): Promise<SalaryGuideline[]> {
    return salaryGuidelines(dataSource, year);
  }

  @Authorized(Permission.SET_SALARY_GUIDELINE)
  @Mutation(() => SalaryGuideline, {
    description:
      'EMP-2 (AT/BT-chef): sätter ett kalenderårs riktlinje för månadslön, eller ersätter årets tidigare (då med version). Ändringen loggas i audit_event.',
  })
  setSalaryGuideline(
    @Arg('year', () => Int) year: number,
    @Arg('minMonthlyOre', () => Int) minMonthlyOre: number,
    @Arg('maxMonthlyOre', () => Int) maxMonthlyOre: number,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Arg('version', () => Int, { nullable: true, description: `Utelämnas för ett nytt år. ${VERSION_READ}` }) version: number | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<SalaryGuideline> {
    return setSalaryGuideline(ctx.dataSource, ctx, { year, minMonthlyOre, maxMonthlyOre, note }, version);
  }
}

import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@bt/auth';
import { salaryGuidelineProblems, salaryNote } from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import { SalaryGuideline } from './salary-guideline.entity';
import { SALARY_ROLES } from './salary-request';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';
import type { EmploymentContext } from '../employment.context';

@Resolver(() => SalaryGuideline)
export class SalaryGuidelineResolver {
  @Authorized(...SALARY_ROLES)
  @Query(() => [SalaryGuideline], {
    description: 'EMP-2: centrala riktlinjer för månadslön per kalenderår, nyaste året först; med year bara det årets. AT/BT-chef, biträdande AT/BT-chef och HR-samordnare.',
  })
  salaryGuidelines(@Arg('year', () => Int, { nullable: true }) year: number | undefined, @Ctx() { dataSource }: EmploymentContext): Promise<SalaryGuideline[]> {
    return dataSource.getRepository(SalaryGuideline).find({ where: year == null ? {} : { year }, order: { year: 'DESC' } });
  }

  @Authorized(Role.DIRECTOR)
  @Mutation(() => SalaryGuideline, {
    description: 'EMP-2 (AT/BT-chef): sätter ett kalenderårs riktlinje för månadslön, eller ersätter årets tidigare. Ändringen loggas i audit_event.',
  })
  async setSalaryGuideline(
    @Arg('year', () => Int) year: number,
    @Arg('minMonthlyOre', () => Int) minMonthlyOre: number,
    @Arg('maxMonthlyOre', () => Int) maxMonthlyOre: number,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() { dataSource, viewer }: EmploymentContext,
  ): Promise<SalaryGuideline> {
    const problems = salaryGuidelineProblems({ year, minMonthlyOre, maxMonthlyOre, note });
    if (problems.length > 0) throw badUserInput(problems);
    return dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(SalaryGuideline, { year });
      const guideline = Object.assign(new SalaryGuideline(), { id: existing?.id ?? randomUUID(), year, minMonthlyOre, maxMonthlyOre, note: salaryNote(note) });
      if (existing) await manager.update(SalaryGuideline, { id: guideline.id }, guideline);
      else await manager.insert(SalaryGuideline, guideline);
      await manager.insert(AuditEvent, auditEvent(viewer, 'SET_SALARY_GUIDELINE', 'SalaryGuideline', guideline.id));
      return guideline;
    });
  }
}

import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { salaryInForce } from '@bt/domain';
import { TraineeSalary } from './trainee-salary.entity';
import { salaryLoaders } from './salary.loaders';
import { Trainee } from '../trainee/trainee.entity';
import type { EmploymentContext } from '../employment.context';

/** Trainee.salary: the salary in force today, for the roles that see salaries. */
@Resolver(() => Trainee)
export class TraineeCurrentSalaryResolver {
  @Authorized(Permission.READ_SALARY)
  @FieldResolver(() => TraineeSalary, {
    nullable: true,
    description:
      'EMP-2: lönen som gäller i dag (senaste validFrom <= i dag), null före den första. Endast AT/BT-chef, biträdande AT/BT-chef och HR-samordnare (andra får FORBIDDEN); varje läsning av en lön loggas i audit_event.',
  })
  async salary(@Root() trainee: Trainee, @Ctx() ctx: EmploymentContext): Promise<TraineeSalary | null> {
    const current = salaryInForce(await salaryLoaders(ctx).salariesByTrainee.load(trainee.id), ctx.today);
    if (!current) return null;
    await ctx.audit.record('READ_TRAINEE_SALARY', 'Trainee', trainee.id);
    return current;
  }
}

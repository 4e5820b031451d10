import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isWithinSalaryGuideline, missingReferences, salaryGuidelineYear, salaryInForce, salaryNote, traineeSalaryProblems } from '@bt/domain';
import { assertTraineeVisible, badUserInput, DateScalar } from '@bt/subgraph';
import { TraineeSalary } from './trainee-salary.entity';
import { SALARY_ROLES, salaryHistory, salaryLoaders } from './salary-request';
import { Trainee } from '../trainee/trainee.entity';
import { Person } from '../person/person.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';
import type { EmploymentContext } from '../employment.context';

const NOT_VISIBLE = 'Du får inte se den här BT-läkaren.';

/** The trainee an operation names; BAD_USER_INPUT naming traineeId when there is none, FORBIDDEN outside the caller's scope. */
async function requireTrainee(ctx: EmploymentContext, traineeId: string, problems: (trainee: Trainee | undefined) => string[] = () => []): Promise<Trainee> {
  const trainee = await ctx.loaders.trainee.load(traineeId);
  const all = [...missingReferences([['BT-läkaren', 'traineeId', traineeId, trainee]]), ...problems(trainee)];
  if (all.length > 0 || !trainee) throw badUserInput(all);
  await assertTraineeVisible(ctx, trainee.id, NOT_VISIBLE);
  return trainee;
}

@Resolver(() => TraineeSalary)
export class TraineeSalaryResolver {
  @Authorized(...SALARY_ROLES)
  @Query(() => [TraineeSalary], {
    description:
      'EMP-2: en BT-läkares lönehistorik, senaste validFrom först (samma dag: senaste beslutet först). Endast AT/BT-chef, biträdande AT/BT-chef och HR-samordnare; varje läsning loggas i audit_event.',
  })
  async traineeSalaries(@Arg('traineeId', () => ID) traineeId: string, @Ctx() ctx: EmploymentContext): Promise<TraineeSalary[]> {
    await requireTrainee(ctx, traineeId);
    const [history] = await Promise.all([salaryHistory(ctx, traineeId), ctx.audit.record('READ_TRAINEE_SALARY', 'Trainee', traineeId)]);
    return history;
  }

  @Authorized(...SALARY_ROLES)
  @Mutation(() => TraineeSalary, {
    description:
      'EMP-2: ny förhandlad månadslön (i öre) från validFrom, ett datum inom anställningen eller före den. Historiken skrivs aldrig över: ändringen läggs till, och den som gäller i dag räknas fram. Loggas i audit_event med gammalt och nytt belopp i lönehistoriken.',
  })
  async setTraineeSalary(
    @Arg('traineeId', () => ID) traineeId: string,
    @Arg('monthlyOre', () => Int) monthlyOre: number,
    @Arg('validFrom', () => DateScalar) validFrom: string,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<TraineeSalary> {
    await requireTrainee(ctx, traineeId, (trainee) => traineeSalaryProblems({ monthlyOre, validFrom, note }, trainee));
    return ctx.dataSource.transaction(async (manager) => {
      const previous = salaryInForce(await manager.findBy(TraineeSalary, { traineeId }), validFrom);
      const decidedAt = new Date();
      const salary = Object.assign(new TraineeSalary(), {
        id: randomUUID(),
        traineeId,
        monthlyOre,
        validFrom,
        decidedById: ctx.viewer.id,
        decidedAt,
        note: salaryNote(note),
        previousMonthlyOre: previous?.monthlyOre ?? null,
      });
      await manager.insert(TraineeSalary, salary);
      await manager.insert(AuditEvent, auditEvent(ctx.viewer, 'SET_TRAINEE_SALARY', 'Trainee', traineeId, decidedAt));
      return salary;
    });
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

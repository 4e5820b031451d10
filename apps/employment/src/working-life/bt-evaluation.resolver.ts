import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import type { EmploymentContext } from '../employment.context';
import { BtEvaluation } from './bt-evaluation.entity';
import { BtEvaluationInput, BtEvaluationSummaryResult } from './working-life.types';
import { cohortBtEvaluationSummary, ownBtEvaluation, saveBtEvaluation } from './bt-evaluation.service';

@Resolver(() => BtEvaluation)
export class BtEvaluationResolver {
  @Authorized(Permission.ANSWER_BT_EVALUATION)
  @Query(() => BtEvaluation, {
    nullable: true,
    description: 'EMP-6: den inloggade BT-läkarens egen utvärdering av BT, null innan den sparats. Ingen annan kan läsa den.',
  })
  myBtEvaluation(@Ctx() ctx: EmploymentContext): Promise<BtEvaluation | null> {
    return ownBtEvaluation(ctx.dataSource, ctx);
  }

  @Authorized(Permission.ANSWER_BT_EVALUATION)
  @Mutation(() => BtEvaluation, {
    description:
      'EMP-6: BT-läkaren sparar sin utvärdering av BT (frågor kan lämnas tomma tills vidare) eller skickar in den med submit: true, då alla sex frågor ska vara besvarade 1–5. En inskickad utvärdering är låst: att spara eller skicka in igen nekas. Inskickningen loggas i audit_event (inte svaren).',
  })
  saveBtEvaluation(
    @Arg('input', () => BtEvaluationInput) input: BtEvaluationInput,
    @Arg('submit', () => Boolean, { defaultValue: false }) submit: boolean,
    @Ctx() ctx: EmploymentContext,
  ): Promise<BtEvaluation> {
    return saveBtEvaluation(ctx.dataSource, ctx, input, submit);
  }

  @Authorized(Permission.READ_BT_EVALUATION_SUMMARY)
  @Query(() => BtEvaluationSummaryResult, {
    description:
      'EMP-6: en kulls inskickade utvärderingar av BT, anonymt: antal svar, medelvärde per fråga och fritexterna utan namn, bara när minst tre BT-läkare i kullen har svarat (annars bara antalet och en förklaring). AT/BT-chefen och studierektorerna alla kullar, biträdande AT/BT-chef den egna huvudortens (ORG-1). Varje läsning loggas i audit_event.',
  })
  async btEvaluationSummary(@Arg('cohortId', () => ID) cohortId: string, @Ctx() ctx: EmploymentContext): Promise<BtEvaluationSummaryResult> {
    const summary = await cohortBtEvaluationSummary(ctx.dataSource, ctx, cohortId);
    await ctx.audit.record('READ_BT_EVALUATION_SUMMARY', 'Cohort', cohortId);
    return summary;
  }
}

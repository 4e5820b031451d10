import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import { VERSION_READ } from '@bt/subgraph';
import { RecruitmentRoundState } from '@bt/domain';
import { RecruitmentRound } from './recruitment-round.entity';
import { RubricCriterion } from './rubric-criterion.entity';
import { RecruitmentRoundInput } from './recruitment-round.input';
import { RubricCriterionInput } from './rubric-criterion.input';
import { createRound, moveRound, setRubric, updateRound } from './round.service';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => RecruitmentRound)
export class RecruitmentRoundMutationResolver {
  @Authorized(Permission.MANAGE_ROUNDS)
  @Mutation(() => RecruitmentRound, {
    description:
      'Lägger upp en rekryteringsomgång som utkast: BT-starten räknas fram (REC-1), platser Växjö 4 + Ljungby 2 om inget annat anges (REC-2) och standardmallen för bedömning (REC-4). REC-1: en andra omgång för samma BT-start nekas utan AT/BT-chefens skäl (secondRoundReason, loggas).',
  })
  createRecruitmentRound(@Arg('input', () => RecruitmentRoundInput) input: RecruitmentRoundInput, @Ctx() ctx: EmploymentContext): Promise<RecruitmentRound> {
    return createRound(ctx.dataSource, ctx, input);
  }

  @Authorized(Permission.MANAGE_ROUNDS)
  @Mutation(() => RecruitmentRound, { description: 'Ändrar en omgång som är utkast eller öppen för ansökan.' })
  updateRecruitmentRound(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_READ }) version: number,
    @Arg('input', () => RecruitmentRoundInput) input: RecruitmentRoundInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<RecruitmentRound> {
    return updateRound(ctx.dataSource, ctx, id, version, input);
  }

  @Authorized(Permission.MANAGE_ROUNDS)
  @Mutation(() => RecruitmentRound, {
    description:
      'Flyttar omgången ett steg framåt (AT/BT-chefen eller HR). Nekas med skälen, t.ex. REC-9: intervjuer och erbjudanden kräver att varje steg har HR, chefsledet och studierektor; saknas någon i urvalssteget blir det en varning (warnings). Vid avslut blir behöriga ansökningar utan erbjudande NOT_SELECTED.',
  })
  moveRecruitmentRound(
    @Arg('id', () => ID) id: string,
    @Arg('to', () => RecruitmentRoundState) to: RecruitmentRoundState,
    @Ctx() ctx: EmploymentContext,
  ): Promise<RecruitmentRound> {
    return moveRound(ctx.dataSource, ctx, id, to);
  }

  @Authorized(Permission.DECIDE_RECRUITMENT)
  @Mutation(() => [RubricCriterion], {
    description:
      'Ersätter omgångens bedömningsmall (REC-4), fram till att omgången når intervjuer: ett beslut för AT/BT-chefen och biträdande chefen. Alla kriterier har samma skala; vikterna normeras.',
  })
  setRubric(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('criteria', () => [RubricCriterionInput]) criteria: RubricCriterionInput[],
    @Ctx() ctx: EmploymentContext,
  ): Promise<RubricCriterion[]> {
    return setRubric(ctx.dataSource, ctx, roundId, criteria);
  }
}

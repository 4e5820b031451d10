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
      'Lägger upp en rekryteringsomgång som utkast: BT-starten räknas fram (REC-1), platser Växjö 4 + Ljungby 2 om inget annat anges (REC-2) och standardmallen för bedömning (REC-4).',
  })
  createRecruitmentRound(@Arg('input', () => RecruitmentRoundInput) input: RecruitmentRoundInput, @Ctx() ctx: EmploymentContext): Promise<RecruitmentRound> {
    return createRound(ctx.dataSource, input);
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
      'Flyttar omgången ett steg framåt. Nekas med skälen, t.ex. REC-9: intervjuer och erbjudanden kräver att varje steg har HR, chefsledet och studierektor. Vid avslut blir behöriga ansökningar utan erbjudande NOT_SELECTED.',
  })
  moveRecruitmentRound(
    @Arg('id', () => ID) id: string,
    @Arg('to', () => RecruitmentRoundState) to: RecruitmentRoundState,
    @Ctx() ctx: EmploymentContext,
  ): Promise<RecruitmentRound> {
    return moveRound(ctx.dataSource, ctx, id, to);
  }

  @Authorized(Permission.MANAGE_ROUNDS)
  @Mutation(() => [RubricCriterion], {
    description: 'Ersätter omgångens bedömningsmall (REC-4), fram till att omgången når intervjuer. Alla kriterier har samma skala; vikterna normeras.',
  })
  setRubric(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('criteria', () => [RubricCriterionInput]) criteria: RubricCriterionInput[],
    @Ctx() ctx: EmploymentContext,
  ): Promise<RubricCriterion[]> {
    return setRubric(ctx.dataSource, ctx, roundId, criteria);
  }
}

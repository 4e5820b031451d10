import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { Score } from './score.entity';
import { reopenScores, saveScore, submitScores } from './scoring.service';
import { Application } from '../application/application.entity';
import { RubricCriterion } from '../round/rubric-criterion.entity';
import { recruitmentLoaders } from '../recruitment.loaders';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => Score)
export class ScoreResolver {
  @Authorized(Permission.SCORE_APPLICATIONS)
  @Mutation(() => Score, {
    description:
      'REC-4: sätter eller ändrar din poäng på ett kriterium för en ansökan (ledamöter i intervjusteget, medan omgången är i intervjuer, fram till inlämning; därefter bara om AT/BT-chefen öppnar bedömningen igen). Varje ändring loggas med vem, när, gammalt och nytt värde.',
  })
  saveScore(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('criterionId', () => ID) criterionId: string,
    @Arg('value', () => Int) value: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Score> {
    return saveScore(ctx.dataSource, ctx, applicationId, { criterionId, value, comment });
  }

  @Authorized(Permission.SCORE_APPLICATIONS)
  @Mutation(() => Application, {
    description:
      'REC-4: lämnar in dina poäng för en ansökan när alla kriterier har poäng. Därefter är de låsta, och du ser gruppens samlade bedömning (aggregate) när minst tre ledamöter har lämnat in. En inbjuden ansökan blir INTERVIEWED.',
  })
  submitScores(@Arg('applicationId', () => ID) applicationId: string, @Ctx() ctx: EmploymentContext): Promise<Application> {
    return submitScores(ctx.dataSource, ctx, applicationId);
  }

  @Authorized(Permission.DECIDE_RECRUITMENT)
  @Mutation(() => Application, {
    description:
      'REC-4: öppnar en ledamots inlämnade poäng för en ansökan igen (AT/BT-chefen eller biträdande chefen, medan omgången är i intervjuer), så att ledamoten kan ändra dem och lämna in på nytt. Loggas med vem, när och när poängen hade lämnats in.',
  })
  reopenScores(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Application> {
    return reopenScores(ctx.dataSource, ctx, applicationId, personId);
  }

  @FieldResolver(() => RubricCriterion)
  criterion(@Root() score: Score, @Ctx() ctx: EmploymentContext): Promise<RubricCriterion | undefined> {
    return recruitmentLoaders(ctx).criterion.load(score.criterionId);
  }
}

import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { forbidden } from '@bt/auth';
import { ApplicationState, missingReferences, RecruitmentStage, scoreProblems, scoringStateProblems, submissionProblems } from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import { Score } from './score.entity';
import { ScoreAudit } from './score-audit.entity';
import { ScoreSubmission } from './score-submission.entity';
import { Application } from '../application/application.entity';
import { RubricCriterion } from '../round/rubric-criterion.entity';
import type { RecruitmentRound } from '../round/recruitment-round.entity';
import { RECRUITMENT_READERS, recruitmentRequest, requireApplication } from '../recruitment-request';
import type { EmploymentContext } from '../../employment.context';

/** REC-4: the members of the round's interview stage score; anyone else is refused. */
async function scoringRound(ctx: EmploymentContext, application: Application): Promise<RecruitmentRound> {
  const { loaders } = recruitmentRequest(ctx);
  const [round, panel] = await Promise.all([loaders.round.load(application.roundId), loaders.panelByRound.load(application.roundId)]);
  if (!panel.some((seat) => seat.personId === ctx.viewer.id && seat.stage === RecruitmentStage.INTERVIEWS)) {
    throw forbidden('Bara ledamöter i intervjusteget sätter och lämnar in poäng (REC-4).');
  }
  return round!;
}

@Resolver(() => Score)
export class ScoreResolver {
  @Authorized(...RECRUITMENT_READERS)
  @Mutation(() => Score, {
    description:
      'REC-4: sätter eller ändrar din poäng på ett kriterium för en ansökan (ledamöter i intervjusteget, medan omgången är i intervjuer, även efter inlämning). Varje ändring loggas med vem, när, gammalt och nytt värde.',
  })
  async saveScore(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('criterionId', () => ID) criterionId: string,
    @Arg('value', () => Int) value: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Score> {
    const application = await requireApplication(ctx, applicationId);
    const round = await scoringRound(ctx, application);
    const criterion = (await recruitmentRequest(ctx).loaders.rubricByRound.load(round.id)).find((c) => c.id === criterionId);
    if (!criterion) throw badUserInput(missingReferences([['Kriteriet i omgångens bedömningsmall', 'criterionId', criterionId, criterion]]));
    const problems = scoreProblems({ value, comment }, { roundState: round.state, applicationState: application.state, criterion });
    if (problems.length > 0) throw badUserInput(problems);
    const text = comment?.trim() || null;
    const key = { applicationId, criterionId, personId: ctx.viewer.id };
    return ctx.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(Score, key);
      if (existing && existing.value === value && existing.comment === text) return existing;
      const score = Object.assign(new Score(), { id: existing?.id ?? randomUUID(), ...key, value, comment: text, updatedAt: new Date() });
      await (existing ? manager.update(Score, { id: score.id }, { value, comment: text, updatedAt: score.updatedAt }) : manager.insert(Score, score));
      await manager.insert(ScoreAudit, {
        occurredAt: score.updatedAt,
        actorId: ctx.viewer.id,
        actorUsername: ctx.viewer.username,
        scoreId: score.id,
        applicationId,
        criterionId,
        oldValue: existing?.value ?? null,
        newValue: value,
        oldComment: existing?.comment ?? null,
        newComment: text,
      });
      return score;
    });
  }

  @Authorized(...RECRUITMENT_READERS)
  @Mutation(() => Application, {
    description:
      'REC-4: lämnar in dina poäng för en ansökan när alla kriterier har poäng. Därefter ser du gruppens samlade bedömning (aggregate); poängen kan rättas så länge omgången är i intervjuer. En inbjuden ansökan blir INTERVIEWED.',
  })
  async submitScores(@Arg('applicationId', () => ID) applicationId: string, @Ctx() ctx: EmploymentContext): Promise<Application> {
    const application = await requireApplication(ctx, applicationId);
    const round = await scoringRound(ctx, application);
    const { loaders } = recruitmentRequest(ctx);
    const [rubric, scores] = await Promise.all([loaders.rubricByRound.load(round.id), loaders.scoresByApplication.load(applicationId)]);
    const problems = [
      ...scoringStateProblems(round.state, application.state),
      ...submissionProblems(rubric, scores.filter((score) => score.personId === ctx.viewer.id)),
    ];
    if (problems.length > 0) throw badUserInput(problems);
    // the application is in the running (checked above): a submitted score set means it was interviewed
    const state = ApplicationState.INTERVIEWED;
    await ctx.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(ScoreSubmission, { applicationId, personId: ctx.viewer.id }))) {
        await manager.insert(ScoreSubmission, { applicationId, personId: ctx.viewer.id, submittedAt: new Date() });
      }
      if (state !== application.state) await manager.update(Application, { id: applicationId }, { state });
    });
    return Object.assign(new Application(), { ...application, state });
  }

  @FieldResolver(() => RubricCriterion)
  criterion(@Root() score: Score, @Ctx() ctx: EmploymentContext): Promise<RubricCriterion | undefined> {
    return recruitmentRequest(ctx).loaders.criterion.load(score.criterionId);
  }
}

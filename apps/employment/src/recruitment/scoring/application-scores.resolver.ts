import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { hasPermission, Permission } from '@bt/auth';
import { aggregateVisible, RecruitmentStage } from '@bt/domain';
import { Score } from './score.entity';
import { ScoreAggregate, scoreAggregate } from './score-aggregate.type';
import { submittedAggregate } from './submitted-aggregate';
import { Application } from '../application/application.entity';
import { recruitmentLoaders } from '../recruitment.loaders';
import type { EmploymentContext } from '../../employment.context';

/** REC-4 on an application: the caller's own scores, and the panel's aggregate only as aggregateVisible allows. */
@Resolver(() => Application)
export class ApplicationScoresResolver {
  @FieldResolver(() => [Score], { description: 'Dina egna poäng för ansökan, i bedömningsmallens ordning. Andras poäng visas aldrig en och en.' })
  async myScores(@Root() application: Application, @Ctx() ctx: EmploymentContext): Promise<Score[]> {
    const loaders = recruitmentLoaders(ctx);
    const [scores, rubric] = await Promise.all([loaders.scoresByApplication.load(application.id), loaders.rubricByRound.load(application.roundId)]);
    const order = (score: Score) => rubric.findIndex((criterion) => criterion.id === score.criterionId);
    return scores.filter((score) => score.personId === ctx.viewer.id).sort((a, b) => order(a) - order(b));
  }

  @FieldResolver(() => Boolean, { description: 'Om du har lämnat in dina poäng för ansökan.' })
  async myScoresSubmitted(@Root() application: Application, @Ctx() ctx: EmploymentContext): Promise<boolean> {
    const submissions = await recruitmentLoaders(ctx).submissionsByApplication.load(application.id);
    return submissions.some((submission) => submission.personId === ctx.viewer.id);
  }

  @FieldResolver(() => ScoreAggregate, {
    nullable: true,
    description:
      'REC-4: gruppens samlade bedömning av de inlämnade poängen, aldrig ledamöternas poäng en och en. Tom tills du själv har lämnat in, och under intervjuerna tills minst tre ledamöter har lämnat in. AT/BT-chefen ser den alltid när hen inte sitter i intervjusteget.',
  })
  async aggregate(@Root() application: Application, @Ctx() ctx: EmploymentContext): Promise<ScoreAggregate | null> {
    const loaders = recruitmentLoaders(ctx);
    const [scores, submissions, rubric, round, panel] = await Promise.all([
      loaders.scoresByApplication.load(application.id),
      loaders.submissionsByApplication.load(application.id),
      loaders.rubricByRound.load(application.roundId),
      loaders.round.load(application.roundId),
      loaders.panelByRound.load(application.roundId),
    ]);
    const reader = {
      seatedOnInterviewPanel: panel.some((seat) => seat.personId === ctx.viewer.id && seat.stage === RecruitmentStage.INTERVIEWS),
      submitted: submissions.some((submission) => submission.personId === ctx.viewer.id),
      decides: hasPermission(ctx.viewer, Permission.DECIDE_RECRUITMENT),
    };
    if (!round || !aggregateVisible(round.state, submissions.length, reader)) return null;
    return scoreAggregate(submittedAggregate(scores, submissions, rubric), rubric);
  }
}

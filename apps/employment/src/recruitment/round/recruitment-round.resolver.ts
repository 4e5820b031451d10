import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { allowedRoundTransitions, currentRoundWarnings, panelOrder, RecruitmentRoundState, type Problem } from '@bt/domain';
import type { Page } from '@bt/subgraph';
import { RecruitmentRound } from './recruitment-round.entity';
import { RoundPosition } from './round-position.entity';
import { RubricCriterion } from './rubric-criterion.entity';
import { RecruitmentRoundPage, RecruitmentRoundPageArgs } from './recruitment-round-page.args';
import { roundPage } from './round.service';
import { roundTransitionFacts } from './round-facts';
import { PanelMember } from '../panel/panel-member.entity';
import { inRoundScope, requestRoundScope } from './round-scope';
import { recruitmentLoaders } from '../recruitment.loaders';
import { Notice, notice } from '../notice.type';
import type { EmploymentContext } from '../../employment.context';

@Resolver(() => RecruitmentRound)
export class RecruitmentRoundResolver {
  @Authorized(Permission.READ_RECRUITMENT)
  @Query(() => RecruitmentRoundPage, {
    description:
      'En sida rekryteringsomgångar du får se: AT/BT-chef, biträdande chef och HR ser alla, andra de omgångar de sitter i rekryteringsgruppen för. sortField: name, advertDate, startDate, applicationDeadline; utan sortField senaste BT-start först.',
  })
  recruitmentRoundPage(@Args(() => RecruitmentRoundPageArgs) args: RecruitmentRoundPageArgs, @Ctx() ctx: EmploymentContext): Promise<Page<RecruitmentRound>> {
    return roundPage(ctx.dataSource, ctx, args);
  }

  @Authorized(Permission.READ_RECRUITMENT)
  @Query(() => RecruitmentRound, { nullable: true, description: 'En rekryteringsomgång, om du får se den.' })
  async recruitmentRound(@Arg('id', () => ID) id: string, @Ctx() ctx: EmploymentContext): Promise<RecruitmentRound | undefined> {
    const [round, scope] = await Promise.all([recruitmentLoaders(ctx).round.load(id), requestRoundScope(ctx)]);
    return round && inRoundScope(scope, round.id) ? round : undefined;
  }

  @FieldResolver(() => [RoundPosition], { description: 'REC-2: platser per huvudort, i ortnamnens ordning.' })
  async positions(@Root() round: RecruitmentRound, @Ctx() ctx: EmploymentContext): Promise<RoundPosition[]> {
    const positions = await recruitmentLoaders(ctx).positionsByRound.load(round.id);
    const sites = await Promise.all(positions.map((position) => ctx.loaders.site.load(position.siteId)));
    const names = new Map(sites.map((site, index) => [positions[index].siteId, site?.name ?? '']));
    return [...positions].sort((a, b) => names.get(a.siteId)!.localeCompare(names.get(b.siteId)!, 'sv'));
  }

  /** The round's warnings now (currentRoundWarnings). */
  private async currentWarnings(round: RecruitmentRound, ctx: EmploymentContext): Promise<Problem[]> {
    const loaders = recruitmentLoaders(ctx);
    const [applications, panel] = await Promise.all([loaders.applicationsByRound.load(round.id), loaders.panelByRound.load(round.id)]);
    const sent = applications.flatMap((application) => (application.invitationSentOn ? [application.invitationSentOn] : []));
    return currentRoundWarnings(round, panel, sent);
  }

  @FieldResolver(() => [String], {
    description:
      'Avvikelser från riktlinjerna som inte stoppar omgången, på svenska, bara om steg omgången är i eller har framför sig: REC-1 sista ansökningsdag som inte ligger 3–4 veckor efter annonsen (tills urvalet börjar), REC-9 ett steg omgången är i som saknar HR, chefsledet eller studierektor, REC-6 kallelser som gått ut senare än en vecka efter sista ansökningsdag (tills erbjudandena). En avslutad omgång har inga.',
  })
  async warnings(@Root() round: RecruitmentRound, @Ctx() ctx: EmploymentContext): Promise<string[]> {
    return (await this.currentWarnings(round, ctx)).map((warning) => warning.message);
  }

  @FieldResolver(() => [Notice], { description: 'Samma varningar som warnings, med kod och värden så att klienten kan skriva dem på sitt språk.' })
  async warningNotices(@Root() round: RecruitmentRound, @Ctx() ctx: EmploymentContext): Promise<Notice[]> {
    return (await this.currentWarnings(round, ctx)).map(notice);
  }

  @FieldResolver(() => [RecruitmentRoundState], {
    description:
      'Lägen omgången kan flyttas till just nu (REC-6: intervjuer först efter sista ansökningsdag, erbjudanden först när sista intervjudagen börjat).',
  })
  async allowedTransitions(@Root() round: RecruitmentRound, @Ctx() ctx: EmploymentContext): Promise<RecruitmentRoundState[]> {
    return allowedRoundTransitions(round.state, await roundTransitionFacts(recruitmentLoaders(ctx), round, ctx.today));
  }

  @FieldResolver(() => [PanelMember], { description: 'REC-9: rekryteringsgruppen, steg för steg.' })
  async panel(@Root() round: RecruitmentRound, @Ctx() ctx: EmploymentContext): Promise<PanelMember[]> {
    return [...(await recruitmentLoaders(ctx).panelByRound.load(round.id))].sort(panelOrder);
  }

  @FieldResolver(() => Int, { description: 'Antal ansökningar i omgången.' })
  applicationCount(@Root() round: RecruitmentRound, @Ctx() ctx: EmploymentContext): Promise<number> {
    return recruitmentLoaders(ctx).applicationCountByRound.load(round.id);
  }

  @FieldResolver(() => [RubricCriterion], { description: 'REC-4: bedömningsmallen i ordning.' })
  rubric(@Root() round: RecruitmentRound, @Ctx() ctx: EmploymentContext): Promise<RubricCriterion[]> {
    return recruitmentLoaders(ctx).rubricByRound.load(round.id);
  }
}

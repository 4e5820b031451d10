import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { allowedRoundTransitions, panelOrder, RecruitmentRoundState, roundWarnings } from '@bt/domain';
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

  @FieldResolver(() => [String], {
    description: 'REC-1: avvikelser från riktlinjerna som inte stoppar omgången, t.ex. sista ansökningsdag som inte ligger 3–4 veckor efter annonsen.',
  })
  warnings(@Root() round: RecruitmentRound): string[] {
    return roundWarnings(round).map((warning) => warning.message);
  }

  @FieldResolver(() => [RecruitmentRoundState], { description: 'Lägen omgången kan flyttas till just nu.' })
  async allowedTransitions(@Root() round: RecruitmentRound, @Ctx() ctx: EmploymentContext): Promise<RecruitmentRoundState[]> {
    return allowedRoundTransitions(round.state, await roundTransitionFacts(recruitmentLoaders(ctx), round));
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

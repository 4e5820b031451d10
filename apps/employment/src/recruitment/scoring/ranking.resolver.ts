import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { forbidden, hasAnyRole, Role } from '@bt/auth';
import { missingReferences, RecruitmentRoundState, reserveList, roundHasReached } from '@bt/domain';
import { badUserInput } from '@bt/subgraph';
import { Ranking, RankedApplication } from './ranking.type';
import { roundRanking, type RankedApplicationValue } from './round-ranking';
import { requireRound } from '../recruitment-request';
import { Site } from '../../site/site.entity';
import type { EmploymentContext } from '../../employment.context';

/** Who sees rankings: the Director always; the deputy director and HR once the interviews are over. */
const RANKING_READERS = [Role.DIRECTOR, Role.DEPUTY_DIRECTOR, Role.HR_COORDINATOR];

/**
 * REC-4: panel members score independently, and a ranking shows everyone's results: so until the round
 * leaves INTERVIEWS only the Director (who always sees the aggregates) sees it.
 */
async function rankableRound(ctx: EmploymentContext, roundId: string, siteId: string | null | undefined): Promise<void> {
  const round = await requireRound(ctx, roundId);
  if (!hasAnyRole(ctx.viewer, [Role.DIRECTOR]) && !roundHasReached(round.state, RecruitmentRoundState.OFFERS)) {
    throw forbidden('Rangordningen visas för andra än AT/BT-chefen när intervjuerna är avslutade, så att ledamöterna bedömer oberoende (REC-4).');
  }
  const site = siteId ? await ctx.loaders.site.load(siteId) : null;
  const problems = missingReferences([['Huvudorten', 'siteId', siteId, site]]);
  if (problems.length > 0) throw badUserInput(problems);
}

function rankedApplication(value: RankedApplicationValue): RankedApplication {
  return Object.assign(new RankedApplication(), { rank: value.rank, application: value.application, weightedMean: value.weightedMean, siteId: value.application.preferredSiteId });
}

@Resolver(() => RankedApplication)
export class RankingResolver {
  @Authorized(...RANKING_READERS)
  @Query(() => Ranking, {
    description:
      'REC-4: rangordningen av behöriga ansökningar med minst en inlämnad bedömning, efter viktat medelvärde; med siteId bara de som önskar den huvudorten, rangordnade sinsemellan. AT/BT-chefen ser den alltid, biträdande chef och HR när intervjuerna är avslutade.',
  })
  async ranking(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | null | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Ranking> {
    await rankableRound(ctx, roundId, siteId);
    const { items, tieBreak } = await roundRanking(ctx.dataSource.manager, roundId, siteId);
    return Object.assign(new Ranking(), { items: items.map(rankedApplication), tieBreak });
  }

  @Authorized(...RANKING_READERS)
  @Query(() => [RankedApplication], {
    description: 'REC-8: reservlistan för en huvudort: de högst rankade som önskar orten och ännu inte fått erbjudande, i ordning (1 = nästa att erbjudas).',
  })
  async reserveList(@Arg('roundId', () => ID) roundId: string, @Arg('siteId', () => ID) siteId: string, @Ctx() ctx: EmploymentContext): Promise<RankedApplication[]> {
    await rankableRound(ctx, roundId, siteId);
    const { items } = await roundRanking(ctx.dataSource.manager, roundId, siteId);
    return reserveList(items).map(rankedApplication);
  }

  @FieldResolver(() => Site, { description: 'Den huvudort ansökan önskar.' })
  site(@Root() ranked: RankedApplication, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(ranked.siteId);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '@bt/auth';
import { Ranking, RankedApplication } from './ranking.type';
import { ranking, roundReserveList } from './ranking.service';
import type { RankedApplicationValue } from './round-ranking';
import { Site } from '../../site/site.entity';
import { notice } from '../notice.type';
import type { EmploymentContext } from '../../employment.context';

function rankedApplication(value: RankedApplicationValue): RankedApplication {
  return Object.assign(new RankedApplication(), {
    rank: value.rank,
    application: value.application,
    weightedMean: value.weightedMean,
    siteId: value.application.preferredSiteId,
  });
}

@Resolver(() => RankedApplication)
export class RankingResolver {
  @Authorized(Permission.READ_RANKING)
  @Query(() => Ranking, {
    description:
      'REC-4: rangordningen av behöriga ansökningar med minst en inlämnad bedömning, efter viktat medelvärde; med siteId bara de som önskar den huvudorten, rangordnade sinsemellan. AT/BT-chefen ser den alltid, biträdande chef och HR när intervjuerna är avslutade.',
  })
  async ranking(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | null | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Ranking> {
    const { items, tieBreak } = await ranking(ctx.dataSource, ctx, roundId, siteId);
    await ctx.audit.record('READ_RANKING', 'RecruitmentRound', roundId);
    return Object.assign(new Ranking(), { items: items.map(rankedApplication), tieBreak: tieBreak.message, tieBreakNotice: notice(tieBreak) });
  }

  @Authorized(Permission.READ_RANKING)
  @Query(() => [RankedApplication], {
    description:
      'REC-8: omgångens reservlista: de högst rankade som ännu inte fått erbjudande, i ordning (1 = först), med önskad huvudort (site) och om de kan tänka sig den andra (application.acceptsOtherSite). Med siteId bara de som önskar den huvudorten.',
  })
  async reserveList(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('siteId', () => ID, { nullable: true }) siteId: string | null | undefined,
    @Ctx() ctx: EmploymentContext,
  ): Promise<RankedApplication[]> {
    const reserveList = await roundReserveList(ctx.dataSource, ctx, roundId, siteId);
    await ctx.audit.record('READ_RANKING', 'RecruitmentRound', roundId);
    return reserveList.map(rankedApplication);
  }

  @FieldResolver(() => Site, { description: 'Den huvudort ansökan önskar.' })
  site(@Root() ranked: RankedApplication, @Ctx() { loaders }: EmploymentContext): Promise<Site | undefined> {
    return loaders.site.load(ranked.siteId);
  }
}

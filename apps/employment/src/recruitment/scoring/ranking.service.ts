import type { DataSource } from 'typeorm';
import { forbidden, hasPermission, Permission } from '@bt/auth';
import { missingReferences, RecruitmentRoundState, RecruitmentStage, reserveList, roundHasReached } from '@bt/domain';
import { badUserInput, type Actor } from '@bt/subgraph';
import { roundRanking, type RankedApplicationValue, type RoundRanking } from './round-ranking';
import { PanelMember } from '../panel/panel-member.entity';
import { requireRound } from '../recruitment.lookup';
import { Site } from '../../site/site.entity';

/**
 * REC-4: panel members score independently, and a ranking shows everyone's results: so until the round
 * leaves INTERVIEWS only those who decide (DECIDE_RECRUITMENT: the Director and the deputy) see it, and only
 * when not seated on the round's interview stage (aggregateVisible).
 */
async function assertRankable(dataSource: DataSource, actor: Actor, roundId: string, siteId: string | null | undefined): Promise<void> {
  const round = await requireRound(dataSource, actor, roundId);
  const seated = () => dataSource.getRepository(PanelMember).existsBy({ roundId, personId: actor.viewer.id, stage: RecruitmentStage.INTERVIEWS });
  if (!roundHasReached(round.state, RecruitmentRoundState.OFFERS) && (!hasPermission(actor.viewer, Permission.DECIDE_RECRUITMENT) || (await seated()))) {
    throw forbidden('Rangordningen visas när intervjuerna är avslutade, så att ledamöterna bedömer oberoende.', 'RANKING_NOT_YET_VISIBLE', 'REC-4');
  }
  const site = siteId ? await dataSource.getRepository(Site).findOneBy({ id: siteId }) : null;
  const problems = missingReferences([['Huvudorten', 'siteId', siteId, site]]);
  if (problems.length > 0) throw badUserInput(problems);
}

/** REC-4: the round's ranking, of one site's applicants when `siteId` is given. */
export async function ranking(dataSource: DataSource, actor: Actor, roundId: string, siteId?: string | null): Promise<RoundRanking> {
  await assertRankable(dataSource, actor, roundId, siteId);
  return roundRanking(dataSource.manager, roundId, siteId);
}

/** REC-8: the round's one reserve list (the highest ranked not yet offered, in order, each with the preferred site); with `siteId` its part that prefers the site. */
export async function roundReserveList(dataSource: DataSource, actor: Actor, roundId: string, siteId?: string | null): Promise<RankedApplicationValue[]> {
  await assertRankable(dataSource, actor, roundId, siteId);
  return reserveList((await roundRanking(dataSource.manager, roundId, siteId)).items);
}

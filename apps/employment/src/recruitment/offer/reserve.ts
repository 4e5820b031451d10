import type { EntityManager } from 'typeorm';
import { reserveList } from '@bt/domain';
import { roundRanking } from '../scoring/round-ranking';
import type { Application } from '../application/application.entity';

/**
 * REC-8: the reserve lists of the given sites, after the changes `manager` has made: per site the
 * ranked applicants not yet offered, in order. One ranking per site.
 */
export async function reserveBySite(manager: EntityManager, roundId: string, siteIds: readonly string[]): Promise<Map<string, Application[]>> {
  const sites = [...new Set(siteIds)];
  const lists = await Promise.all(
    sites.map(async (siteId) => reserveList((await roundRanking(manager, roundId, siteId)).items).map((item) => item.application)),
  );
  return new Map(sites.map((siteId, index) => [siteId, lists[index]]));
}

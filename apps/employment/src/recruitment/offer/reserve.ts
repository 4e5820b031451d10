import type { EntityManager } from 'typeorm';
import { reserveList } from '@bt/domain';
import { roundRanking } from '../scoring/round-ranking';
import type { Application } from '../application/application.entity';

/**
 * REC-8: the round's one reserve list, after the changes `manager` has made: the ranked applicants not
 * yet offered, in ranking order, each with their preferred site.
 */
export async function roundReserve(manager: EntityManager, roundId: string): Promise<Application[]> {
  return reserveList((await roundRanking(manager, roundId)).items).map((item) => item.application);
}

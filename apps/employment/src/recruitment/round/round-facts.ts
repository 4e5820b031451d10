import type { RoundTransitionFacts } from '@bt/domain';
import type { RecruitmentRound } from './recruitment-round.entity';
import type { EmploymentContext } from '../../employment.context';

/** What a round's state transitions depend on (REC-9 panel, pending offers), through the request's loaders. */
export async function roundTransitionFacts(_ctx: EmploymentContext, _round: RecruitmentRound): Promise<RoundTransitionFacts> {
  return { panel: [], pendingOffers: 0 };
}

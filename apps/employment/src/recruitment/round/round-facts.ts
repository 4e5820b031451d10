import { OfferState, type RoundTransitionFacts } from '@bt/domain';
import type { RecruitmentRound } from './recruitment-round.entity';
import { recruitmentRequest } from '../recruitment-request';
import type { EmploymentContext } from '../../employment.context';

/** What a round's state transitions depend on (REC-9 panel, pending offers), through the request's loaders. */
export async function roundTransitionFacts(ctx: EmploymentContext, round: RecruitmentRound): Promise<RoundTransitionFacts> {
  const { loaders } = recruitmentRequest(ctx);
  const [panel, offers] = await Promise.all([loaders.panelByRound.load(round.id), loaders.offersByRound.load(round.id)]);
  return { panel, pendingOffers: offers.filter((offer) => offer.state === OfferState.PENDING).length };
}

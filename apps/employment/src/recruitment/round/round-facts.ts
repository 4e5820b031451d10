import { OfferState, type IsoDate, type RoundTransitionFacts } from '@bt/domain';
import type { RecruitmentRound } from './recruitment-round.entity';
import type { RecruitmentLoaders } from '../recruitment.loaders';

/** What a round's state transitions depend on (REC-1/REC-6 calendar on `today`, REC-9 panel, pending offers), through the given loaders. */
export async function roundTransitionFacts(loaders: RecruitmentLoaders, round: RecruitmentRound, today: IsoDate): Promise<RoundTransitionFacts> {
  const [panel, offers] = await Promise.all([loaders.panelByRound.load(round.id), loaders.offersByRound.load(round.id)]);
  return {
    panel,
    pendingOffers: offers.filter((offer) => offer.state === OfferState.PENDING).length,
    calendar: { today, applicationDeadline: round.applicationDeadline, interviewDays: round.interviewDays },
  };
}

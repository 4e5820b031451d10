import { useEffect, useState } from 'react';
import { useGraphQL } from '../data/use-graphql';
import type { RoundOfferFacts } from './round-places';

/** Each application of a round with its offer: enough to count places filled per site and who closing leaves out. */
export const ROUND_OFFERS = `query ($roundId: ID!) { applicationPage(perPage: 500, filter: { roundId: $roundId }) {
  items { id state offer { state site { id } } } } }`;

/** The round's applications with their offers, read again whenever `version` changes; undefined until known. */
export function useRoundOffers(roundId: string | undefined, version?: unknown): RoundOfferFacts[] | undefined {
  const graphql = useGraphQL();
  const [applications, setApplications] = useState<RoundOfferFacts[]>();
  useEffect(() => {
    if (!roundId) return;
    graphql<{ applicationPage: { items: RoundOfferFacts[] } }>(ROUND_OFFERS, { roundId }).then(
      (data) => setApplications(data.applicationPage.items),
      () => setApplications([]),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [roundId, version]);
  return applications;
}

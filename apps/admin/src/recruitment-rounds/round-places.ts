/**
 * The states of an application still in the running (libs/domain's IN_THE_RUNNING, which the browser
 * cannot import: the domain library needs Node's Buffer). On closing, these become NOT_SELECTED.
 */
const IN_THE_RUNNING: readonly string[] = ['ELIGIBLE', 'INVITED', 'INTERVIEWED'];

export interface RoundOfferFacts {
  state: string;
  offer: { state: string; site: { id: string } } | null;
}

export interface SitePlaces {
  site: { id: string; name: string };
  positions: number;
  /** Offers accepted at the site (REC-2: the places filled). */
  filled: number;
  /** Offers made at the site still waiting for an answer. */
  pending: number;
}

/** REC-2: per site of the round, its positions, the offers accepted there and those awaiting an answer. */
export function placesBySite(
  positions: readonly { count: number; site: { id: string; name: string } }[],
  applications: readonly RoundOfferFacts[],
): SitePlaces[] {
  const offers = (siteId: string, state: string) => applications.filter((a) => a.offer?.site.id === siteId && a.offer.state === state).length;
  return positions.map(({ site, count }) => ({ site, positions: count, filled: offers(site.id, 'ACCEPTED'), pending: offers(site.id, 'PENDING') }));
}

/** What closing the round does: positions left unfilled (per site) and applicants still in the running, who become "not selected". */
export function closingConsequences(places: readonly SitePlaces[], applications: readonly RoundOfferFacts[]) {
  const unfilled = places.filter((place) => place.filled < place.positions).map((place) => ({ site: place.site, count: place.positions - place.filled }));
  return {
    unfilled,
    unfilledCount: unfilled.reduce((sum, place) => sum + place.count, 0),
    notSelected: applications.filter((application) => IN_THE_RUNNING.includes(application.state)).length,
  };
}

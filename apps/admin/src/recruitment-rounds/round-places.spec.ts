import { IN_THE_RUNNING } from '@bt/domain';
import { closingConsequences, placesBySite, type RoundOfferFacts } from './round-places';

const vaxjo = { id: 'v', name: 'Växjö' };
const ljungby = { id: 'l', name: 'Ljungby' };
const offer = (state: string, site: { id: string }) => ({ state, site: { id: site.id } });

describe('places filled per site and what closing a round does (REC-2, REC-8)', () => {
  const applications: RoundOfferFacts[] = [
    { state: 'ACCEPTED', offer: offer('ACCEPTED', vaxjo) },
    // offered Ljungby though preferring Växjö: counts at Ljungby, where the offer is
    { state: 'ACCEPTED', offer: offer('ACCEPTED', ljungby) },
    { state: 'OFFERED', offer: offer('PENDING', vaxjo) },
    { state: 'DECLINED', offer: offer('DECLINED', vaxjo) },
    { state: 'INTERVIEWED', offer: null },
    { state: 'INVITED', offer: null },
    { state: 'ELIGIBLE', offer: null },
    { state: 'INELIGIBLE', offer: null },
    { state: 'RECEIVED', offer: null },
  ];
  const places = placesBySite(
    [
      { site: vaxjo, count: 4 },
      { site: ljungby, count: 1 },
    ],
    applications,
  );

  it('counts accepted offers as filled places and pending ones apart, at the site of the offer', () => {
    expect(places).toEqual([
      { site: vaxjo, positions: 4, filled: 1, pending: 1 },
      { site: ljungby, positions: 1, filled: 1, pending: 0 },
    ]);
  });

  it('counts as "in the running" exactly the states the domain does (IN_THE_RUNNING)', () => {
    const running = ['ELIGIBLE', 'INVITED', 'INTERVIEWED', 'INELIGIBLE', 'RECEIVED', 'OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'NOT_SELECTED'].filter(
      (state) => closingConsequences([], [{ state, offer: null }]).notSelected === 1,
    );
    expect(running).toEqual([...IN_THE_RUNNING]);
  });

  it('closing leaves the unfilled places per site and makes those still in the running "not selected"', () => {
    expect(closingConsequences(places, applications)).toEqual({ unfilled: [{ site: vaxjo, count: 3 }], unfilledCount: 3, notSelected: 3 });
  });
});

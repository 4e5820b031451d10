/** @jest-environment node */
import { overviewLinks } from './overview-links';

describe('start page links', () => {
  it('link each figure to the list filtered the same way', () => {
    const links = overviewLinks({
      id: 's1',
      site: { id: 's1', name: 'Ljungby' },
      activeTrainees: 2,
      cohorts: 3,
      traineesWithoutMainSupervisor: 1,
      placementsStartingWithin30Days: 2,
    });
    expect(links.map((link) => [link.value, link.to.pathname, JSON.parse(decodeURIComponent(link.to.search.slice('filter='.length)))])).toEqual([
      [2, '/trainees', { siteId: 's1', active: true }],
      [3, '/cohorts', { siteId: 's1' }],
      [1, '/trainees', { siteId: 's1', withoutMainSupervisor: true }],
      [2, '/trainees', { siteId: 's1', placementStartingWithinDays: 30 }],
    ]);
  });
});

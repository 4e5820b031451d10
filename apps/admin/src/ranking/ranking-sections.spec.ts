import { rankingBySite, type RankedRow } from './ranking-sections';

const vaxjo = { id: 'v', name: 'Växjö' };
const ljungby = { id: 'l', name: 'Ljungby' };
const row = (rank: number, site: typeof vaxjo, offer: RankedRow['application']['offer'] = null): RankedRow => ({
  rank,
  weightedMean: 5 - rank / 10,
  site,
  application: { id: `a${rank}`, name: `Sökande ${rank}`, offer },
});

describe('the ranking per site with its cut line and reserve list (REC-4, REC-8)', () => {
  const items = [
    row(1, vaxjo, { state: 'DECLINED', site: { name: 'Växjö' } }),
    row(2, ljungby),
    row(3, vaxjo),
    row(4, vaxjo),
    row(5, vaxjo, { state: 'PENDING', site: { name: 'Växjö' } }),
    row(6, vaxjo),
  ];
  const sections = rankingBySite(items, [
    { site: vaxjo, count: 2 },
    { site: ljungby, count: 2 },
  ]);

  it('cuts each site after its positions and numbers the reserve list below the line, skipping those already offered', () => {
    expect(sections[0].rows.map((r) => [r.application.id, r.siteRank, r.withinPositions, r.reserve])).toEqual([
      ['a1', 1, true, null],
      ['a3', 2, true, null],
      ['a4', 3, false, 1],
      ['a5', 4, false, null],
      ['a6', 5, false, 2],
    ]);
  });

  it('keeps a site with fewer ranked applicants than positions, all within them', () => {
    expect(sections[1]).toMatchObject({ site: ljungby, positions: 2, rows: [{ application: { id: 'a2' }, withinPositions: true, reserve: null }] });
  });
});

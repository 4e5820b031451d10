export interface RankedRow {
  rank: number;
  weightedMean: number;
  site: { id: string; name: string };
  application: { id: string; name: string; offer: { state: string; site: { name: string } } | null };
}

export interface SiteSection<T extends RankedRow> {
  site: { id: string; name: string };
  positions: number;
  /** In ranking order; `withinPositions` above the cut line, `reserve` (1, 2, …) below it for those without an offer. */
  rows: (T & { siteRank: number; withinPositions: boolean; reserve: number | null })[];
}

/**
 * REC-4/REC-8 as a decision: the ranking per site, cut after the site's positions; below the line the
 * applicants not yet offered a place are the reserve list, numbered in order.
 */
export function rankingBySite<T extends RankedRow>(
  items: readonly T[],
  positions: readonly { count: number; site: { id: string; name: string } }[],
): SiteSection<T>[] {
  return positions.map(({ site, count }) => {
    let reserve = 0;
    const rows = [...items]
      .filter((item) => item.site.id === site.id)
      .sort((a, b) => a.rank - b.rank)
      .map((item, index) => {
        const withinPositions = index < count;
        const onReserve = !withinPositions && !item.application.offer;
        return { ...item, siteRank: index + 1, withinPositions, reserve: onReserve ? (reserve += 1) : null };
      });
    return { site, positions: count, rows };
  });
}

export interface SiteOverview {
  id: string;
  site: { id: string; name: string };
  activeTrainees: number;
  cohorts: number;
  traineesWithoutMainSupervisor: number;
  placementsStartingWithin30Days: number;
}

export interface OverviewLink {
  label: string;
  value: number;
  to: { pathname: string; search: string };
}

function listLink(resource: string, filter: Record<string, unknown>) {
  return { pathname: `/${resource}`, search: `filter=${encodeURIComponent(JSON.stringify(filter))}` };
}

/** The start page's figures for one site, each a link to the list filtered the same way. */
export function overviewLinks(overview: SiteOverview): OverviewLink[] {
  const siteId = overview.site.id;
  return [
    { label: 'bt.dashboard.active_trainees', value: overview.activeTrainees, to: listLink('trainees', { siteId, active: true }) },
    { label: 'bt.dashboard.cohorts', value: overview.cohorts, to: listLink('cohorts', { siteId }) },
    {
      label: 'bt.dashboard.without_main_supervisor',
      value: overview.traineesWithoutMainSupervisor,
      to: listLink('trainees', { siteId, withoutMainSupervisor: true }),
    },
    {
      label: 'bt.dashboard.placements_starting',
      value: overview.placementsStartingWithin30Days,
      to: listLink('trainees', { siteId, placementStartingWithinDays: 30 }),
    },
  ];
}

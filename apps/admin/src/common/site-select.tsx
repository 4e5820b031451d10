import { useEffect, useState } from 'react';
import { MenuItem, TextField as MuiTextField } from '@mui/material';
import { useGetList } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';

export interface Site {
  id: string;
  name: string;
}

interface SiteSelectProps {
  label: string;
  sites: readonly Site[] | undefined;
  value: string;
  onChange: (siteId: string) => void;
  /** An extra first choice (e.g. both sites), as [value, label]. */
  all?: [value: string, label: string];
  width: number;
}

/** A main-site choice above a page's table (education activities, capacity per unit). */
export function SiteSelect({ label, sites, value, onChange, all, width }: SiteSelectProps) {
  return (
    <MuiTextField select size="small" label={label} value={value} onChange={(event) => onChange(event.target.value)} sx={{ width }}>
      {all && <MenuItem value={all[0]}>{all[1]}</MenuItem>}
      {(sites ?? []).map((site) => (
        <MenuItem key={site.id} value={site.id}>
          {site.name}
        </MenuItem>
      ))}
    </MuiTextField>
  );
}

/** The signed-in person's own main site: a page opens on it. */
export const VIEWER_SITE = `query { viewer { siteId } }`;

/**
 * The main site a page shows: the one chosen, else the viewer's own, else the first; undefined until
 * the sites and the viewer's own are known.
 */
export function useMainSiteChoice() {
  const graphql = useGraphQL();
  const { data: sites } = useGetList<Site>('sites');
  const [viewerSiteId, setViewerSiteId] = useState<string | null>();
  const [chosenSiteId, choose] = useState<string>();
  useEffect(() => {
    graphql<{ viewer: { siteId: string | null } }>(VIEWER_SITE).then(
      (data) => setViewerSiteId(data.viewer.siteId),
      () => setViewerSiteId(null),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const siteId = chosenSiteId ?? (viewerSiteId !== undefined && sites ? (sites.find((site) => site.id === viewerSiteId) ?? sites[0])?.id : undefined);
  return { sites, siteId, choose };
}

import type { ReactNode } from 'react';
import { Box, Card, CardContent, LinearProgress, Stack, Table } from '@mui/material';
import { Title } from 'react-admin';
import { SiteSelect, type Site } from './site-select';

type DataAttributes = { [attribute: `data-${string}`]: string | number | boolean | undefined };

/**
 * The frame of a page about one main site (access to arrange, education activities): a card with the
 * page's title, the site choice and the page's other `choices` in a row above, a progress bar while
 * what is shown is not yet what was chosen (`loading`), then the page itself.
 */
export function SitePage({
  title,
  siteLabel,
  sites,
  siteId,
  onSiteChange,
  choices,
  loading,
  children,
  ...data
}: {
  /** The page's title key. */
  title: string;
  siteLabel: string;
  sites: readonly Site[] | undefined;
  siteId: string | undefined;
  onSiteChange: (siteId: string) => void;
  choices?: ReactNode;
  loading: boolean;
  children: ReactNode;
} & DataAttributes) {
  return (
    <Card sx={{ mt: 2 }} {...data}>
      <Title title={title} />
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <SiteSelect label={siteLabel} sites={sites} value={siteId ?? ''} onChange={onSiteChange} width={180} />
            {choices}
          </Stack>
          {loading && <LinearProgress />}
          {children}
        </Stack>
      </CardContent>
    </Card>
  );
}

/** A site page's table: at least `minWidth` wide, scrolling inside the page when the window is narrower (800 px), never widening it. */
export function SitePageTable({ minWidth, children, ...data }: { minWidth: number; children: ReactNode } & DataAttributes) {
  return (
    <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
      <Table size="small" sx={{ minWidth }} {...data}>
        {children}
      </Table>
    </Box>
  );
}

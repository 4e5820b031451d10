import { Card, CardContent, CardHeader, Grid, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Link, Loading, useGetIdentity, useGetList, usePermissions, useTranslate } from 'react-admin';
import { hasPermission, type Permissions } from '../permissions';
import { overviewLinks, type SiteOverview } from './overview-links';

function SiteCards() {
  const translate = useTranslate();
  const { data, isPending, error } = useGetList<SiteOverview>('siteOverviews');
  if (isPending) return <Loading />;
  if (error || !data)
    return <Typography color="error">{translate(String((error as Error)?.message ?? 'ra.page.error'), { _: String((error as Error)?.message) })}</Typography>;
  return (
    <Grid container spacing={2}>
      {data.map((overview) => (
        <Grid key={overview.id} size={{ xs: 12, md: 6 }}>
          <Card data-site={overview.site.name}>
            <CardHeader title={overview.site.name} />
            <CardContent>
              <Stack spacing={1}>
                {overviewLinks(overview).map((link) => (
                  <MuiLink key={link.label} component={Link} to={link.to} underline="hover" sx={{ display: 'flex', justifyContent: 'space-between' }}>
                    <span>{translate(link.label)}</span>
                    <strong>{link.value}</strong>
                  </MuiLink>
                ))}
              </Stack>
            </CardContent>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}

/** Start page for the signed-in role: per site, the figures the AT/BT organisation follows daily. */
export function Dashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Typography variant="h5">{translate('bt.dashboard.welcome', { name: identity?.fullName ?? '' })}</Typography>
      {hasPermission(permissions, 'READ_PROGRAMME') ? (
        <SiteCards />
      ) : (
        <Stack spacing={1}>
          <Typography>{translate('bt.dashboard.no_sites')}</Typography>
          {hasPermission(permissions, 'READ_TRAINEES') && (
            <MuiLink component={Link} to="/trainees">
              {translate('bt.dashboard.my_trainees')}
            </MuiLink>
          )}
        </Stack>
      )}
    </Stack>
  );
}

import type { ReactNode } from 'react';
import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link, Loading, NotFound, Title, usePermissions, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { hasPermission, type PermissionName, type Permissions } from '../permissions';

/** A clear "not allowed" page for an address the role may not use: never a spinner that never ends, never a silent redirect. */
export function NotAllowed() {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }} data-not-allowed>
      <Title title="bt.not_allowed.title" />
      <CardContent>
        <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Typography variant="h5" component="h2">
            {translate('bt.not_allowed.title')}
          </Typography>
          <Typography>{translate('bt.not_allowed.text')}</Typography>
          <Button variant="contained" component={Link} to="/">
            {translate('bt.not_allowed.home')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}

/** The page when the signed-in person has `permission` (the server's `viewer { permissions }`), otherwise "not allowed". */
export function RequirePermission({ permission, children }: { permission: PermissionName | readonly PermissionName[]; children: ReactNode }) {
  const { permissions, isPending } = usePermissions<Permissions>();
  if (isPending) return <Loading />;
  const anyOf: readonly PermissionName[] = typeof permission === 'string' ? [permission] : permission;
  return anyOf.some((one) => hasPermission(permissions, one)) ? children : <NotAllowed />;
}

/**
 * An address no route answers: under a list the dashboard has (registered only for the roles that may
 * use it) it is "not allowed", anything else is "not found".
 */
export function createCatchAll(resources: readonly string[]) {
  return function CatchAll() {
    const { pathname } = useLocation();
    return resources.includes(pathname.split('/')[1]) ? <NotAllowed /> : <NotFound />;
  };
}

import { useEffect, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { LocalesMenuButton, Notification, useLogin, useNotify, useTranslate } from 'react-admin';
import type { DemoUser } from './sign-in-method';
import { sessionStore } from './session';

const ROLE_ORDER = [
  'DIRECTOR',
  'DEPUTY_DIRECTOR',
  'DIRECTOR_OF_STUDIES',
  'HR_COORDINATOR',
  'ADMIN_SUPPORT',
  'MAIN_SUPERVISOR',
  'CLINICAL_SUPERVISOR',
  'HEAD_OF_UNIT',
  'UNIT_BT_LEAD',
  'EXTERNAL_ASSESSOR',
  'TRAINEE',
];

/** Demo people grouped by their first role, in the order the organisation is built. */
export function groupByRole(users: DemoUser[]): [string, DemoUser[]][] {
  const groups = new Map<string, DemoUser[]>();
  for (const user of users) {
    const role = user.roles[0] ?? 'TRAINEE';
    groups.set(role, [...(groups.get(role) ?? []), user]);
  }
  return [...groups.entries()].sort(([a], [b]) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
}

/** Development sign-in: pick a demo person. (A production OIDC sign-in replaces this page.) */
export function createLoginPage(demoUsers: () => Promise<DemoUser[]>) {
  return function LoginPage() {
    const translate = useTranslate();
    const login = useLogin();
    const notify = useNotify();
    const [users, setUsers] = useState<DemoUser[]>();
    const [failed, setFailed] = useState(false);
    const [signingIn, setSigningIn] = useState<string>();
    const [signOutReason] = useState(() => sessionStore.takeSignOutReason());

    useEffect(() => {
      demoUsers().then(setUsers, () => setFailed(true));
    }, []);

    const signIn = (username: string) => {
      setSigningIn(username);
      login({ username }).catch((error: Error) => {
        setSigningIn(undefined);
        notify('bt.login.failed', { type: 'error', messageArgs: { reason: translate(error.message, { _: error.message }) } });
      });
    };

    return (
      <Box sx={{ minHeight: '100vh', display: 'flex', justifyContent: 'center', alignItems: 'flex-start', bgcolor: '#eceff1', py: 6 }}>
        <Card sx={{ width: 760, maxWidth: '95vw' }}>
          <CardContent>
            <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
              <Typography variant="h5" component="h1">
                {translate('bt.app_title')} – {translate('bt.login.title')}
              </Typography>
              <LocalesMenuButton />
            </Stack>
            {signOutReason && (
              <Alert severity="info" sx={{ mt: 2 }}>
                {translate(signOutReason)}
              </Alert>
            )}
            {failed && (
              <Alert severity="warning" sx={{ mt: 2 }}>
                {translate('bt.login.unavailable')}
              </Alert>
            )}
            {!users && !failed && <CircularProgress sx={{ mt: 2 }} />}
            {users && (
              <>
                <Typography sx={{ mt: 1, mb: 2 }} color="text.secondary">
                  {translate('bt.login.dev_intro')}
                </Typography>
                {groupByRole(users).map(([role, group]) => (
                  <Box key={role} sx={{ mb: 2 }}>
                    <Typography variant="subtitle2">{translate(`roles.${role}`, { _: role })}</Typography>
                    <Stack direction="row" useFlexGap spacing={1} sx={{ mt: 0.5, flexWrap: 'wrap' }}>
                      {group.map((user) => (
                        <Button
                          key={user.username}
                          variant="outlined"
                          size="small"
                          disabled={!!signingIn}
                          data-username={user.username}
                          onClick={() => signIn(user.username)}
                          sx={{ textTransform: 'none', flexDirection: 'column', lineHeight: 1.2 }}
                        >
                          <span>{user.name}</span>
                          <Typography variant="caption" color="text.secondary">
                            {user.username}
                          </Typography>
                        </Button>
                      ))}
                    </Stack>
                  </Box>
                ))}
              </>
            )}
          </CardContent>
        </Card>
        {/* messages such as "your sign-in has expired" arrive here after a redirect */}
        <Notification />
      </Box>
    );
  };
}

import { Button as MuiButton, Stack } from '@mui/material';
import { EditButton, Link, TopToolbar, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { hasPermission, type Permissions } from '../permissions';
import { useGraphQL } from '../data/use-graphql';
import { useGraphQLAction } from '../data/use-graphql-action';
import { downloadText, EXPIRE_OFFERS, MOVE_ROUND, SYLF_INVITEES_CSV } from './round-operations';

interface Round {
  id: string;
  name: string;
  state: string;
  allowedTransitions: string[];
}

/** The round's next states as buttons; a refused move shows the server's reasons (e.g. REC-9). */
export function RoundActions() {
  const round = useRecordContext<Round>();
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const graphql = useGraphQL();
  const { run } = useGraphQLAction();
  if (!round) return null;
  const nextStates = ['OPEN', 'SCREENING', 'INTERVIEWS', 'OFFERS', 'CLOSED'];
  const next = nextStates[nextStates.indexOf(round.state) + 1];
  const move = (to: string) =>
    run(MOVE_ROUND, { id: round.id, to }, () => notify('recruitment.moved', { type: 'success', messageArgs: { state: translate(`roundStates.${to}`) } }));
  const sylfCsv = async () => {
    const { sylfInviteesCsv } = await graphql<{ sylfInviteesCsv: string }>(SYLF_INVITEES_CSV, { roundId: round.id });
    downloadText(`sylf-${round.name}.csv`, sylfInviteesCsv);
  };
  const expireOffers = async () => {
    try {
      const { expireOffers: expired } = await graphql<{ expireOffers: { proposedNext: { name: string } | null }[] }>(EXPIRE_OFFERS, { roundId: round.id });
      const next = expired.flatMap((answer) => (answer.proposedNext ? [answer.proposedNext.name] : []));
      notify(expired.length ? 'recruitment.offers_expired' : 'recruitment.no_offers_expired', { type: 'info', messageArgs: { smart_count: expired.length } });
      if (next.length) notify(next.map((name) => translate('recruitment.proposed_next', { name })).join(' '), { type: 'info', multiLine: true });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  const filter = encodeURIComponent(JSON.stringify({ roundId: round.id }));
  return (
    <TopToolbar>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        <MuiButton component={Link} to={`/applications?filter=${filter}`}>
          {translate('resources.applications.name', { smart_count: 2 })}
        </MuiButton>
        <MuiButton component={Link} to={`/recruitmentRounds/${round.id}/ranking`}>
          {translate('recruitment.ranking')}
        </MuiButton>
        {hasPermission(permissions, 'HANDLE_APPLICATIONS') && <MuiButton onClick={sylfCsv}>{translate('recruitment.sylf_csv')}</MuiButton>}
        {round.state === 'OFFERS' && hasPermission(permissions, 'ANSWER_OFFER') && (
          <MuiButton onClick={expireOffers}>{translate('recruitment.expire_offers')}</MuiButton>
        )}
        {hasPermission(permissions, 'MANAGE_ROUNDS') && next && (
          <MuiButton variant="contained" onClick={() => move(next)} data-move={next}>
            {translate('recruitment.move_to', { state: translate(`roundStates.${next}`) })}
          </MuiButton>
        )}
        {hasPermission(permissions, 'MANAGE_ROUNDS') && ['DRAFT', 'OPEN'].includes(round.state) && <EditButton />}
      </Stack>
    </TopToolbar>
  );
}

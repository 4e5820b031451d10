import { useState } from 'react';
import { Button as MuiButton, Stack } from '@mui/material';
import { EditButton, Link, TopToolbar, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ConsequenceDialog } from '../common/consequence-dialog';
import { closingConsequences, placesBySite } from './round-places';
import { useRoundOffers } from './use-round-offers';
import { hasPermission, type Permissions } from '../permissions';
import { useGraphQL } from '../data/use-graphql';
import { useGraphQLAction } from '../data/use-graphql-action';
import { downloadText, EXPIRE_OFFERS, MOVE_ROUND, SYLF_INVITEES_CSV } from './round-operations';

interface Round {
  id: string;
  name: string;
  state: string;
  allowedTransitions: string[];
  positions: { count: number; site: { id: string; name: string } }[];
}

/**
 * What moving the round to `to` will do, in sentences: every move forward is for good, and closing
 * names the places left unfilled per site and how many applicants become "not selected".
 */
function useMoveConsequences(round: Round | undefined, to: string | undefined): string[] {
  const translate = useTranslate();
  const applications = useRoundOffers(to === 'CLOSED' ? round?.id : undefined);
  if (!round || !to) return [];
  if (to !== 'CLOSED') return [translate(`recruitment.move_consequence.${to}`), translate('recruitment.move_is_final')];
  if (!applications) return [translate('ra.page.loading')];
  const { unfilled, unfilledCount, notSelected } = closingConsequences(placesBySite(round.positions, applications), applications);
  const perSite = unfilled.map((place) => `${place.site.name} ${place.count}`).join(', ');
  return [
    unfilledCount === 0 ? translate('recruitment.close_all_filled') : translate('recruitment.close_unfilled', { smart_count: unfilledCount, sites: perSite }),
    notSelected === 0 ? translate('recruitment.close_nobody_not_selected') : translate('recruitment.close_not_selected', { smart_count: notSelected }),
    translate('recruitment.close_final'),
  ];
}

/** The round's next state as a button that asks first and says what will happen; a refused move shows the server's reasons (e.g. REC-9). */
export function RoundActions() {
  const round = useRecordContext<Round>();
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const graphql = useGraphQL();
  const { run } = useGraphQLAction();
  const [confirming, setConfirming] = useState(false);
  const nextStates = ['OPEN', 'SCREENING', 'INTERVIEWS', 'OFFERS', 'CLOSED'];
  const next = round ? nextStates[nextStates.indexOf(round.state) + 1] : undefined;
  const consequences = useMoveConsequences(round, confirming ? next : undefined);
  if (!round) return null;
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
        {hasPermission(permissions, 'READ_RANKING') && (
          <MuiButton component={Link} to={`/recruitmentRounds/${round.id}/ranking`}>
            {translate('recruitment.ranking')}
          </MuiButton>
        )}
        {hasPermission(permissions, 'HANDLE_APPLICATIONS') && <MuiButton onClick={sylfCsv}>{translate('recruitment.sylf_csv')}</MuiButton>}
        {round.state === 'OFFERS' && hasPermission(permissions, 'ANSWER_OFFER') && (
          <MuiButton onClick={expireOffers}>{translate('recruitment.expire_offers')}</MuiButton>
        )}
        {hasPermission(permissions, 'MANAGE_ROUNDS') && next && (
          <MuiButton variant="outlined" onClick={() => setConfirming(true)} data-move={next}>
            {translate(next === 'CLOSED' ? 'recruitment.close_round' : 'recruitment.move_to', { state: translate(`roundStates.${next}`) })}
          </MuiButton>
        )}
        {next && (
          <ConsequenceDialog
            open={confirming}
            title={translate(next === 'CLOSED' ? 'recruitment.confirm_close_title' : 'recruitment.confirm_move_title', {
              round: round.name,
              state: translate(`roundStates.${next}`),
            })}
            consequences={consequences}
            confirmLabel={translate(next === 'CLOSED' ? 'recruitment.close_round' : 'recruitment.move_to', { state: translate(`roundStates.${next}`) })}
            onClose={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              move(next);
            }}
          />
        )}
        {hasPermission(permissions, 'MANAGE_ROUNDS') && ['DRAFT', 'OPEN'].includes(round.state) && <EditButton />}
      </Stack>
    </TopToolbar>
  );
}

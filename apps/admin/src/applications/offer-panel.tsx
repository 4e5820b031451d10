import { useState } from 'react';
import { Alert, Button, MenuItem, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { Link, useGetList, useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { hasPermission, reachesSite, type Permissions } from '../permissions';
import { ANSWER_OFFER, MAKE_OFFER, RECORD_CRIMINAL_RECORD_CHECK, RECORD_SYLF, type OfferAnswerResult } from './application-operations';
import { useGraphQLAction } from '../data/use-graphql-action';
import { isFullApplication } from './detail-record';
import { useToday } from '../data/use-today';
import { addDays } from '../common/iso-date';
import { ConsequenceDialog } from '../common/consequence-dialog';
import { useIsoDateText } from '../common/iso-date-field';

interface ApplicationRecord {
  id: string;
  name: string;
  state: string;
  preferredSite: { id: string; name: string };
  criminalRecordCheck: { shownOn: string; checkedBy: { name: string } } | null;
  sylfAttendance: { requestedBy: string; applicantConsent: boolean } | null;
  offer: { id: string; state: string; answerBy: string; site: { id: string; name: string }; trainee: { id: string; name: string } | null } | null;
}

/** REC-7: the criminal-records extract is recorded as shown / date / by whom — never its content. */
export function CriminalRecordPanel() {
  const application = useRecordContext<ApplicationRecord>();
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const date = useIsoDateText();
  const today = useToday();
  const [typedShownOn, setShownOn] = useState<string>();
  const shownOn = typedShownOn ?? today ?? '';
  const { run, busy, fieldError } = useGraphQLAction();
  if (!application || !isFullApplication(application)) return null;
  const check = application.criminalRecordCheck;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1">{translate('recruitment.criminal_record')}</Typography>
      {check ? (
        <Typography>{`${translate('recruitment.shown_on')} ${date(check.shownOn)}, ${translate('recruitment.checked_by').toLowerCase()} ${check.checkedBy.name}`}</Typography>
      ) : hasPermission(permissions, 'HANDLE_APPLICATIONS') ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <MuiTextField
            type="date"
            size="small"
            label={translate('recruitment.shown_on')}
            value={shownOn}
            onChange={(e) => setShownOn(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            {...fieldError('shownOn')}
          />
          <Button disabled={busy} onClick={() => run(RECORD_CRIMINAL_RECORD_CHECK, { applicationId: application.id, shownOn })}>
            {translate('recruitment.record_check')}
          </Button>
        </Stack>
      ) : (
        <Typography>–</Typography>
      )}
    </Stack>
  );
}

/** REC-10: SYLF at the interview, asked for by the applicant, or by SYLF with the applicant's consent. */
export function SylfPanel() {
  const application = useRecordContext<ApplicationRecord>();
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const [requestedBy, setRequestedBy] = useState('APPLICANT');
  const [consent, setConsent] = useState(false);
  const { run, busy } = useGraphQLAction();
  if (!application || !isFullApplication(application)) return null;
  const attendance = application.sylfAttendance;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1">{translate('recruitment.sylf')}</Typography>
      {attendance ? (
        <Typography>{translate(`sylfRequestedBy.${attendance.requestedBy}`)}</Typography>
      ) : hasPermission(permissions, 'RECORD_SYLF') ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <MuiTextField select size="small" value={requestedBy} onChange={(e) => setRequestedBy(e.target.value)} sx={{ minWidth: 260 }}>
            {['APPLICANT', 'SYLF'].map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`sylfRequestedBy.${value}`)}
              </MenuItem>
            ))}
          </MuiTextField>
          <label>
            <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} /> {translate('recruitment.consent')}
          </label>
          <Button disabled={busy} onClick={() => run(RECORD_SYLF, { applicationId: application.id, requestedBy, applicantConsent: consent })}>
            {translate('recruitment.record')}
          </Button>
        </Stack>
      ) : (
        <Typography>–</Typography>
      )}
    </Stack>
  );
}

/** Offers: at most 7 days to answer (REC-7); a decline proposes the next on the reserve list (REC-8); acceptance employs (EMP-1). */
export function OfferPanel() {
  const application = useRecordContext<ApplicationRecord>();
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const date = useIsoDateText();
  const notify = useNotify();
  const { data: sites } = useGetList<{ id: string; name: string }>('sites');
  const today = useToday();
  const [siteId, setSiteId] = useState<string>();
  const [typedAnswerBy, setAnswerBy] = useState<string>();
  /** The answer just registered: a decline says who is proposed next (REC-8), or that nobody is left. */
  const [declined, setDeclined] = useState<{ proposedNext: { id: string; name: string } | null }>();
  const [confirming, setConfirming] = useState<'offer' | 'accept' | 'decline'>();
  const { run, busy, fieldError } = useGraphQLAction();
  if (!application || !isFullApplication(application)) return null;
  const offer = application.offer;
  const answerBy = typedAnswerBy ?? (today ? addDays(today, 7) : '');
  // the deputy director offers positions at their own site only (ORG-1)
  const offerSites = (sites ?? []).filter((site) => reachesSite(permissions, 'MAKE_OFFER', site.id));
  const offerSiteId = siteId ?? offerSites.find((site) => site.id === application.preferredSite.id)?.id ?? offerSites[0]?.id ?? '';
  const answer = (accepted: boolean) =>
    run<OfferAnswerResult>(ANSWER_OFFER, { offerId: offer!.id, accepted }, ({ answerOffer }) => {
      if (answerOffer.offer.trainee) notify('recruitment.trainee_created', { type: 'success', messageArgs: { name: answerOffer.offer.trainee.name } });
      setDeclined(accepted ? undefined : { proposedNext: answerOffer.proposedNext });
    });
  // each of these cannot be taken back: the user confirms first
  const decisions = {
    offer: () => run(MAKE_OFFER, { applicationId: application.id, siteId: offerSiteId, answerBy }),
    accept: () => answer(true),
    decline: () => answer(false),
  };
  const site = offer?.site.name ?? offerSites.find((s) => s.id === offerSiteId)?.name;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1">{translate('resources.applications.fields.offer')}</Typography>
      {offer && (
        <Typography data-offer-state={offer.state}>
          {`${translate(`offerStates.${offer.state}`)} · ${offer.site.name} · ${translate('recruitment.answer_by')} ${date(offer.answerBy)}`}
          {offer.trainee && (
            <>
              {' · '}
              <Link to={`/trainees/${offer.trainee.id}/show`}>{offer.trainee.name}</Link>
            </>
          )}
        </Typography>
      )}
      {offer?.state === 'PENDING' && reachesSite(permissions, 'ANSWER_OFFER', offer.site.id) && (
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" disabled={busy} onClick={() => setConfirming('accept')}>
            {translate('recruitment.accept')}
          </Button>
          <Button variant="outlined" disabled={busy} onClick={() => setConfirming('decline')}>
            {translate('recruitment.decline')}
          </Button>
        </Stack>
      )}
      {!offer && offerSites.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <MuiTextField
            select
            size="small"
            label={translate('resources.cohorts.fields.site')}
            value={offerSiteId}
            onChange={(e) => setSiteId(e.target.value)}
            sx={{ minWidth: 140 }}
            {...fieldError('siteId')}
          >
            {offerSites.map((site) => (
              <MenuItem key={site.id} value={site.id}>
                {site.name}
              </MenuItem>
            ))}
          </MuiTextField>
          <MuiTextField
            type="date"
            size="small"
            label={translate('recruitment.answer_by')}
            value={answerBy}
            onChange={(e) => setAnswerBy(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            {...fieldError('answerBy')}
          />
          <Button variant="outlined" disabled={busy || !offerSiteId || !answerBy} onClick={() => setConfirming('offer')} sx={{ whiteSpace: 'nowrap' }}>
            {translate('recruitment.make_offer')}
          </Button>
        </Stack>
      )}
      <ConsequenceDialog
        open={confirming !== undefined}
        title={translate(`recruitment.confirm_${confirming ?? 'offer'}_title`, { name: application.name })}
        consequences={[translate(`recruitment.confirm_${confirming ?? 'offer'}`, { name: application.name, site, answerBy: date(answerBy) })]}
        confirmLabel={translate(`recruitment.confirm_${confirming ?? 'offer'}_button`)}
        onClose={() => setConfirming(undefined)}
        onConfirm={() => {
          setConfirming(undefined);
          decisions[confirming!]();
        }}
      />
      {declined && (
        <Alert severity="info" data-after-decline>
          {declined.proposedNext ? (
            <Link to={`/applications/${declined.proposedNext.id}/show`}>{translate('recruitment.proposed_next', { name: declined.proposedNext.name })}</Link>
          ) : (
            translate('recruitment.no_reserve')
          )}
        </Alert>
      )}
    </Stack>
  );
}

import { useEffect, useState } from 'react';
import { Alert, Button, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { latestInvitationDay } from '@bt/domain/invitation-deadline';
import { ConsequenceDialog } from '../common/consequence-dialog';
import { useGraphQLAction } from '../data/use-graphql-action';
import { useToday } from '../data/use-today';
import { RECORD_INVITATIONS_SENT, type InterviewSlot } from './round-operations';
import { useIsoDateText } from '../common/iso-date-field';

/**
 * REC-6: HR records the day the invitations went out, for every booked applicant whose invitation is
 * not yet recorded; asks first, naming how many and the day. Later than a week after the deadline is
 * allowed with a warning, shown before (for the chosen day) and after (for what was recorded).
 */
export function InvitationsSent({
  round,
  slots,
  onRecorded,
}: {
  round: { id: string; applicationDeadline: string };
  slots: InterviewSlot[];
  onRecorded: () => void;
}) {
  const translate = useTranslate();
  const date = useIsoDateText();
  const notify = useNotify();
  const today = useToday();
  const { run, busy, fieldError } = useGraphQLAction();
  const [sentOn, setSentOn] = useState('');
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (today && !sentOn) setSentOn(today);
  }, [today, sentOn]);
  const booked = slots.flatMap((slot) => (slot.application ? [slot.application] : []));
  const pending = booked.filter((application) => !application.invitationSentOn);
  const latest = latestInvitationDay(round.applicationDeadline);
  const lateWarning = translate('recruitment.invitations_late', { deadline: date(round.applicationDeadline), latest: date(latest) });
  const recordedLate = booked.some((application) => application.invitationSentOn && application.invitationSentOn > latest);
  if (booked.length === 0) return null;
  const record = () => {
    setConfirming(false);
    run<{ recordInvitationsSent: { applications: unknown[] } }>(RECORD_INVITATIONS_SENT, { roundId: round.id, sentOn }, (data) => {
      notify('recruitment.invitations_recorded', { type: 'success', messageArgs: { smart_count: data.recordInvitationsSent.applications.length } });
      onRecorded();
    });
  };
  return (
    <Stack spacing={1} data-invitations-sent>
      <Typography variant="subtitle2">{translate('recruitment.invitation')}</Typography>
      {recordedLate && (
        <Alert severity="warning" data-invitations-late="recorded">
          {lateWarning}
        </Alert>
      )}
      <Typography variant="body2">
        {pending.length > 0
          ? translate('recruitment.invitations_to_record', { smart_count: pending.length })
          : translate('recruitment.no_invitations_to_record')}
      </Typography>
      {pending.length > 0 && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <MuiTextField
            size="small"
            type="date"
            label={translate('recruitment.invitations_sent_date')}
            value={sentOn}
            onChange={(e) => setSentOn(e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
            sx={{ width: 220 }}
            {...fieldError('sentOn')}
          />
          <Button variant="outlined" disabled={busy || !sentOn} onClick={() => setConfirming(true)} data-record-invitations>
            {translate('recruitment.record_invitations')}
          </Button>
        </Stack>
      )}
      {pending.length > 0 && sentOn > latest && (
        <Alert severity="warning" data-invitations-late="chosen">
          {lateWarning}
        </Alert>
      )}
      <ConsequenceDialog
        open={confirming}
        title={translate('recruitment.confirm_invitations_title')}
        consequences={[
          translate('recruitment.invitations_consequence', {
            smart_count: pending.length,
            names: pending.map((application) => application.name).join(', '),
            date: date(sentOn),
          }),
          ...(sentOn > latest ? [lateWarning] : []),
        ]}
        confirmLabel={translate('recruitment.record_invitations')}
        onConfirm={record}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}

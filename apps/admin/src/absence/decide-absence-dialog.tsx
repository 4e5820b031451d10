import { useState } from 'react';
import { Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useGraphQLAction } from '../data/use-graphql-action';
import { DialogError } from '../common/consequence-dialog';
import { APPROVE_ABSENCE, REFUSE_ABSENCE, type AbsenceApplication } from './absence-operations';
import { ProjectionText } from './apply-absence-dialog';
import { useAbsenceText } from './use-absence-text';

/**
 * ABS-3, ABS-9, ABS-12: approving or refusing an application, asked first. Approving shows the effect
 * on the date 12 months are reached; where the Director decides individually it asks for the reason
 * and for the effect to be confirmed (sent as confirmedDaysLater). Refusing asks for the reason. Going
 * back is the primary choice; a refusal by the server stays in the dialog with what was typed.
 */
export function DecideAbsenceDialog({
  application,
  approve,
  onDone,
  onClose,
}: {
  application: AbsenceApplication;
  approve: boolean;
  onDone: () => void;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const text = useAbsenceText();
  const { run, busy, fieldError, refusal } = useGraphQLAction({ showsRefusal: true });
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const individual = application.decisionRoute === 'DIRECTOR';
  const projection = application.projection;
  const names = { kind: text.kind(application).toLocaleLowerCase(), name: application.trainee.name };
  const decide = () =>
    approve
      ? run(
          APPROVE_ABSENCE,
          {
            id: application.id,
            version: application.version,
            reason: reason.trim() || null,
            confirmedDaysLater: individual && confirmed ? (projection?.daysLater ?? null) : null,
          },
          () => {
            notify('absence.approved', { type: 'success' });
            onDone();
          },
        )
      : run(REFUSE_ABSENCE, { id: application.id, version: application.version, reason }, () => {
          notify('absence.refused', { type: 'success' });
          onDone();
        });
  const ready = approve ? !individual || (reason.trim() !== '' && (confirmed || !projection)) : reason.trim() !== '';
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="decide-absence-title" data-decide-dialog>
      <DialogTitle id="decide-absence-title">{translate(approve ? 'absence.approve_title' : 'absence.refuse_title', names)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography>
            {translate('absence.approve_consequence', { dates: text.dates(application.startDate, application.endDate), percent: application.percent })}
          </Typography>
          {approve && projection && <ProjectionText projection={projection} />}
          {(!approve || individual) && (
            <TextField
              label={translate(approve ? 'absence.approve_reason' : 'absence.refuse_reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              multiline
              minRows={2}
              required
              helperText={approve ? translate('absence.approve_reason_help') : undefined}
              {...fieldError('reason')}
            />
          )}
          {approve && individual && projection && (
            <FormControlLabel
              control={<Checkbox checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />}
              label={translate('absence.approve_confirm')}
            />
          )}
          <DialogError error={refusal} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button color="error" disabled={busy || !ready} onClick={decide}>
          {translate(approve ? 'absence.approve' : 'absence.refuse')}
        </Button>
        <Button variant="contained" autoFocus onClick={onClose}>
          {translate('recruitment.go_back')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

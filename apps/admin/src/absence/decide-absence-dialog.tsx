import { useState } from 'react';
import { Checkbox, FormControlLabel, TextField } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useGraphQLAction } from '../data/use-graphql-action';
import { ConsequenceDialog } from '../common/consequence-dialog';
import { APPROVE_ABSENCE, REFUSE_ABSENCE, type AbsenceApplication } from './absence-operations';
import { ProjectionText } from './apply-absence-dialog';
import { useAbsenceText } from './use-absence-text';

/**
 * ABS-3, ABS-9, ABS-12: approving or refusing an application, asked first. Approving shows the effect
 * on the date 12 months are reached; where the Director decides individually it asks for the reason
 * and for the effect to be confirmed (sent as confirmedDaysLater). Refusing asks for the reason. A
 * refusal by the server stays in the dialog with what was typed.
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
  const done = (key: string) => () => {
    notify(key, { type: 'success' });
    onDone();
  };
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
          done('absence.approved'),
        )
      : run(REFUSE_ABSENCE, { id: application.id, version: application.version, reason }, done('absence.refused'));
  const ready = approve ? !individual || (reason.trim() !== '' && (confirmed || !projection)) : reason.trim() !== '';
  return (
    <ConsequenceDialog
      open
      title={translate(approve ? 'absence.approve_title' : 'absence.refuse_title', names)}
      consequences={[translate('absence.approve_consequence', { dates: text.dates(application.startDate, application.endDate), percent: application.percent })]}
      confirmLabel={translate(approve ? 'absence.approve' : 'absence.refuse')}
      confirmDisabled={busy || !ready}
      error={refusal}
      onConfirm={decide}
      onClose={onClose}
    >
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
    </ConsequenceDialog>
  );
}

import { useState } from 'react';
import { Alert, Button, Stack, TextField as MuiTextField } from '@mui/material';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { hasPermission, type Permissions } from '../permissions';
import { ADMIT_LATE_APPLICATION } from './application-operations';
import { useGraphQLAction } from '../data/use-graphql-action';
import { isFullApplication } from './detail-record';
import { ConsequenceDialog } from '../common/consequence-dialog';
import { stockholmTime } from '../common/iso-date';

interface LateApplication {
  id: string;
  name: string;
  late: boolean;
  lateAdmittedAt: string | null;
  lateAdmissionReason: string | null;
  lateAdmittedBy: { name: string } | null;
  round: { applicationDeadline: string };
}

/**
 * REC-1: an application received after the deadline is kept out of screening until the Director admits
 * it, with a reason, after a confirmation naming the applicant; once admitted, who, when and why.
 */
export function LatePanel() {
  const application = useRecordContext<LateApplication>();
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const { run, busy, fieldError } = useGraphQLAction();
  if (!application || !isFullApplication(application) || !application.late) return null;
  if (application.lateAdmittedAt) {
    return (
      <Alert severity="info" data-late-admitted>
        {translate('recruitment.late_admitted', {
          name: application.lateAdmittedBy?.name ?? '–',
          at: stockholmTime(application.lateAdmittedAt),
          reason: application.lateAdmissionReason ?? '',
        })}
      </Alert>
    );
  }
  return (
    <Stack spacing={1} data-late>
      <Alert severity="warning">{translate('recruitment.late_not_admitted', { deadline: application.round.applicationDeadline })}</Alert>
      {hasPermission(permissions, 'DECIDE_RECRUITMENT') && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
          <MuiTextField
            size="small"
            multiline
            label={translate('recruitment.late_reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            sx={{ minWidth: { sm: 360 } }}
            {...fieldError('reason')}
          />
          <Button variant="outlined" disabled={busy || reason.trim() === ''} onClick={() => setConfirming(true)}>
            {translate('recruitment.admit_late')}
          </Button>
        </Stack>
      )}
      <ConsequenceDialog
        open={confirming}
        title={translate('recruitment.confirm_admit_title', { name: application.name })}
        consequences={[translate('recruitment.confirm_admit', { name: application.name, reason: reason.trim() })]}
        confirmLabel={translate('recruitment.admit_late')}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          run(ADMIT_LATE_APPLICATION, { applicationId: application.id, reason });
        }}
      />
    </Stack>
  );
}

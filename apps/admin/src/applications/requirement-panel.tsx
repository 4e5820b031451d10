import { useState } from 'react';
import { Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from '@mui/material';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { hasPermission, type Permissions } from '../permissions';
import { RECORD_REQUIREMENT } from './application-operations';
import { useGraphQLAction } from '../data/use-graphql-action';
import { isFullApplication } from './detail-record';
import { ConsequenceDialog } from '../common/consequence-dialog';
import { useNoticeText } from '../common/use-notice-text';
import type { Notice } from '../data/graphql-error';

interface Requirement {
  requirement: string;
  met: boolean | null;
  evidence: string | null;
  checkedAt: string | null;
  checkedBy: { name: string } | null;
}

function RequirementRow({ requirement, application, editable }: { requirement: Requirement; application: { id: string; name: string }; editable: boolean }) {
  const translate = useTranslate();
  const [evidence, setEvidence] = useState(requirement.evidence ?? '');
  const [confirming, setConfirming] = useState(false);
  const { run, busy, fieldError } = useGraphQLAction();
  const applicationId = application.id;
  const name = translate(`formalRequirements.${requirement.requirement}`);
  const record = (met: boolean) => run(RECORD_REQUIREMENT, { applicationId, requirement: requirement.requirement, met, evidence });
  const status =
    requirement.met == null ? 'recruitment.requirement_unchecked' : requirement.met ? 'recruitment.requirement_met' : 'recruitment.requirement_not_met';
  return (
    <TableRow data-requirement={requirement.requirement}>
      <TableCell>{name}</TableCell>
      <TableCell>{translate(status)}</TableCell>
      <TableCell>
        {editable ? (
          <MuiTextField
            size="small"
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
            label={translate('recruitment.evidence')}
            helperText={translate('recruitment.evidence_help')}
            {...fieldError('evidence')}
          />
        ) : (
          (requirement.evidence ?? '–')
        )}
      </TableCell>
      <TableCell>{requirement.checkedBy ? `${requirement.checkedBy.name} ${requirement.checkedAt?.slice(0, 10)}` : '–'}</TableCell>
      {editable && (
        <TableCell>
          <Stack direction="row" spacing={1}>
            <Button size="small" disabled={busy} onClick={() => record(true)}>
              {translate('recruitment.requirement_met')}
            </Button>
            <Button size="small" disabled={busy} color="warning" onClick={() => setConfirming(true)}>
              {translate('recruitment.requirement_not_met')}
            </Button>
          </Stack>
          <ConsequenceDialog
            open={confirming}
            title={translate('recruitment.confirm_not_met_title', { requirement: name, name: application.name })}
            consequences={[translate('recruitment.confirm_not_met', { name: application.name })]}
            confirmLabel={translate('recruitment.confirm_not_met_button')}
            onClose={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              record(false);
            }}
          />
        </TableCell>
      )}
    </TableRow>
  );
}

/** REC-3: the three formal requirements with evidence; HR and the Director record them. */
export function RequirementPanel() {
  const application = useRecordContext<{ id: string; name: string; requirements: Requirement[]; ineligibilityNotices: Notice[] }>();
  const say = useNoticeText();
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  if (!application || !isFullApplication(application)) return null;
  const editable = hasPermission(permissions, 'HANDLE_APPLICATIONS');
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1">{translate('recruitment.requirements')}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('recruitment.criterion')}</TableCell>
            <TableCell>{translate('resources.applications.fields.state')}</TableCell>
            <TableCell>{translate('recruitment.evidence')}</TableCell>
            <TableCell>{translate('recruitment.checked_by')}</TableCell>
            {editable && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {application.requirements.map((requirement) => (
            <RequirementRow key={requirement.requirement} requirement={requirement} application={application} editable={editable} />
          ))}
        </TableBody>
      </Table>
      {application.ineligibilityNotices.length > 0 && <Typography color="warning.main">{application.ineligibilityNotices.map(say).join(' ')}</Typography>}
    </Stack>
  );
}

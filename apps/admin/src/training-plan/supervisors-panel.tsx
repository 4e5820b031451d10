import { useState } from 'react';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { ConsequenceDialog } from '../common/consequence-dialog';
import { NoticeText } from '../common/notice-text';
import { useToday } from '../data/use-today';
import { useIsoDateText } from '../common/iso-date-field';
import { reachesSite, type Permissions } from '../permissions';
import type { Notice } from '../data/graphql-error';
import { MainSupervisorDialog } from './supervisor-dialogs';
import { usePlanAction } from './use-plan-action';
import { END_MAIN_SUPERVISION, type PlannedTrainee } from './training-plan-operations';

/** The warnings an appointment gave (EDU-7: saved anyway), with the name of the one appointed. */
export interface SupervisionWarnings {
  name: string;
  warnings: Notice[];
}

/** EDU-7: what the last appointment was warned about, until closed. */
export function SupervisionWarningsAlert({ appointed, onClose }: { appointed?: SupervisionWarnings; onClose: () => void }) {
  const translate = useTranslate();
  if (!appointed?.warnings.length) return null;
  return (
    <Alert severity="warning" data-supervision-warnings onClose={onClose}>
      {translate('supervisors.assigned_with_warnings', { name: appointed.name })}
      <ul>
        {appointed.warnings.map((warning) => (
          <li key={warning.code}>
            <NoticeText notice={warning} data={[]} />
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/**
 * ORG-2, EDU-7: the trainee's main supervisor (HHL) and from when, or a warning that one is missing
 * and by when one must be named (overdue once the day has come); appointing, changing and ending for
 * those who assign supervisors, and the warnings the last appointment gave.
 */
export function SupervisorsPanel({ trainee, onWarnings }: { trainee: PlannedTrainee; onWarnings: (warnings: SupervisionWarnings) => void }) {
  const translate = useTranslate();
  const today = useToday();
  const date = useIsoDateText();
  const { permissions } = usePermissions<Permissions>();
  const [open, setOpen] = useState<'assign' | 'end'>();
  const { act, error } = usePlanAction();
  const canAssign = reachesSite(permissions, 'ASSIGN_SUPERVISORS', trainee.siteId);
  const supervision = trainee.mainSupervision;
  const overdue = !!today && today >= trainee.mainSupervisorDueBy;
  const close = () => setOpen(undefined);
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }} data-supervisors>
      <Typography variant="subtitle1">{translate('supervisors.main_supervisor')}</Typography>
      {supervision ? (
        <Typography data-main-supervisor>
          {supervision.supervisor.name} ({translate('supervisors.since', { date: date(supervision.fromDate) })})
        </Typography>
      ) : (
        <Alert severity={overdue ? 'error' : 'warning'} data-main-supervisor-missing>
          {translate(overdue ? 'supervisors.overdue' : 'supervisors.missing', { date: date(trainee.mainSupervisorDueBy) })}
        </Alert>
      )}
      {canAssign && (
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={() => setOpen('assign')}>
            {translate(supervision ? 'supervisors.change' : 'supervisors.assign')}
          </Button>
          {supervision && (
            <Button color="error" onClick={() => setOpen('end')}>
              {translate('supervisors.end')}
            </Button>
          )}
        </Stack>
      )}
      {open === 'assign' && (
        <MainSupervisorDialog
          trainee={trainee}
          defaultFrom={today && today > trainee.employmentStart ? today : trainee.employmentStart}
          onWarnings={onWarnings}
          onClose={close}
        />
      )}
      {open === 'end' && supervision && (
        <ConsequenceDialog
          open
          title={translate('supervisors.end_title')}
          consequences={[translate('supervisors.end_consequence', { name: supervision.supervisor.name })]}
          confirmLabel={translate('supervisors.end')}
          onConfirm={() => act(END_MAIN_SUPERVISION, { traineeId: trainee.id, version: supervision.version }, close, 'supervisors.ended')}
          onClose={close}
          error={error}
        />
      )}
    </Stack>
  );
}

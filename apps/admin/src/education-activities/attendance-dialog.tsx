import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { AttendanceStatus, MAX_ATTENDANCE_ENTRIES } from '@bt/domain/education-activity-rules';
import { useGraphQLAction } from '../data/use-graphql-action';
import { DialogError } from '../common/consequence-dialog';
import { useIsoDateText } from '../common/iso-date-field';
import { RECORD_ATTENDANCE, type EducationActivity } from './activity-operations';

/**
 * EDU-6: attendance at an activity for the BT doctors it is for (its cohort's, or the main site's
 * active ones), prefilled from what is recorded, saved in one call of at most MAX_ATTENDANCE_ENTRIES.
 */
export function AttendanceDialog({ activity, onClose, onSaved }: { activity: EducationActivity; onClose: () => void; onSaved: () => void }) {
  const translate = useTranslate();
  const date = useIsoDateText();
  const { data: trainees, total } = useGetList<{ id: string; name: string }>('trainees', {
    filter: activity.cohortId ? { cohortId: activity.cohortId } : { siteId: activity.siteId, active: true },
    pagination: { page: 1, perPage: MAX_ATTENDANCE_ENTRIES },
    sort: { field: 'name', order: 'ASC' },
  });
  const [statuses, setStatuses] = useState<Record<string, string>>(() =>
    Object.fromEntries((activity.attendance ?? []).map((entry) => [entry.trainee.id, entry.status])),
  );
  const { run, busy, fieldError, refusal } = useGraphQLAction({ showsRefusal: true });
  const entries = (trainees ?? []).filter((trainee) => statuses[trainee.id]).map((trainee) => ({ traineeId: trainee.id, status: statuses[trainee.id] }));
  const save = () => run(RECORD_ATTENDANCE, { activityId: activity.id, entries }, onSaved);
  const entriesError = fieldError('entries').helperText;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="attendance-dialog-title" data-attendance-dialog>
      <DialogTitle id="attendance-dialog-title">{translate('activities.attendance_title', { title: activity.title, date: date(activity.date) })}</DialogTitle>
      <DialogContent>
        {!trainees && <LinearProgress />}
        {trainees?.length === 0 && <Alert severity="info">{translate('activities.no_trainees')}</Alert>}
        {total !== undefined && total > MAX_ATTENDANCE_ENTRIES && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            {translate('activities.too_many_trainees', { count: total, max: MAX_ATTENDANCE_ENTRIES })}
          </Alert>
        )}
        {entriesError && <Alert severity="error">{entriesError}</Alert>}
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableBody>
              {(trainees ?? []).map((trainee) => (
                <TableRow key={trainee.id} data-attendance-trainee={trainee.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{trainee.name}</TableCell>
                  <TableCell>
                    <RadioGroup
                      row
                      aria-label={trainee.name}
                      value={statuses[trainee.id] ?? ''}
                      onChange={(e) => setStatuses((current) => ({ ...current, [trainee.id]: e.target.value }))}
                    >
                      {Object.values(AttendanceStatus).map((status) => (
                        <FormControlLabel key={status} value={status} control={<Radio size="small" />} label={translate(`attendanceStatuses.${status}`)} />
                      ))}
                    </RadioGroup>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
        <DialogError error={refusal} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={busy || entries.length === 0} onClick={save} data-save-attendance>
          {translate('activities.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

import { useState } from 'react';
import { Button, Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { hasPermission, type Permissions } from '../permissions';
import { planMessagesSv } from '../i18n/plan-messages.sv';
import { useStockholmTimeText } from '../common/iso-date-field';
import { PlanDialog } from '../training-plan/plan-dialog';
import { usePlanAction } from '../training-plan/use-plan-action';
import { useQualificationText } from '../training-plan/qualification-text';
import { SET_SUPERVISOR_QUALIFICATION, type SupervisorQualification } from '../training-plan/training-plan-operations';

type Entry = SupervisorQualification & { version: number; changedAt: string };

const dateLabel = { inputLabel: { shrink: true } };

/** EDU-7: a person's entry in the supervisor register, changed by HR, the AT/BT director and the directors of studies. */
function RegisterDialog({ personId, entry, onClose }: { personId: string; entry: Entry | null; onClose: () => void }) {
  const translate = useTranslate();
  const { act, busy, fieldError, error } = usePlanAction('register.stale');
  const [licensed, setLicensed] = useState(entry?.licensed ?? true);
  const [specialistStatus, setSpecialistStatus] = useState(entry?.specialistStatus ?? '');
  const [specialty, setSpecialty] = useState(entry?.specialty ?? '');
  const [course, setCourse] = useState(entry?.supervisorTrainingCourse ?? '');
  const [courseDate, setCourseDate] = useState(entry?.supervisorTrainingDate ?? '');
  const [years, setYears] = useState(entry?.yearsOfExperience?.toString() ?? '');
  const save = () =>
    act(
      SET_SUPERVISOR_QUALIFICATION,
      {
        personId,
        version: entry?.version ?? null,
        input: {
          licensed,
          specialistStatus: specialistStatus || null,
          specialty: specialistStatus ? specialty || null : null,
          supervisorTrainingCourse: course || null,
          supervisorTrainingDate: courseDate || null,
          yearsOfExperience: years === '' ? null : Number(years),
        },
      },
      onClose,
      'register.saved',
    );
  return (
    <PlanDialog open title={translate(entry ? 'register.edit' : 'register.add')} error={error} busy={busy} onSubmit={save} onClose={onClose}>
      <FormControlLabel
        control={<Checkbox checked={licensed} onChange={(event) => setLicensed(event.target.checked)} />}
        label={translate('register.licensed')}
      />
      <TextField
        select
        label={translate('register.specialist_status')}
        value={specialistStatus}
        onChange={(event) => setSpecialistStatus(event.target.value)}
        {...fieldError('specialistStatus')}
      >
        <MenuItem value="">{translate('register.none_option')}</MenuItem>
        {Object.keys(planMessagesSv.specialistStatuses).map((status) => (
          <MenuItem key={status} value={status}>
            {translate(`specialistStatuses.${status}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={translate('register.specialty')}
        value={specialistStatus ? specialty : ''}
        disabled={!specialistStatus}
        onChange={(event) => setSpecialty(event.target.value)}
        {...fieldError('specialty')}
      >
        {Object.keys(planMessagesSv.specialties).map((value) => (
          <MenuItem key={value} value={value}>
            {translate(`specialties.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={translate('register.course')}
        value={course}
        onChange={(event) => setCourse(event.target.value)}
        {...fieldError('supervisorTrainingCourse')}
      />
      <TextField
        type="date"
        label={translate('register.course_date')}
        value={courseDate}
        onChange={(event) => setCourseDate(event.target.value)}
        slotProps={dateLabel}
        {...fieldError('supervisorTrainingDate')}
      />
      <TextField
        type="number"
        label={translate('register.years')}
        value={years}
        onChange={(event) => setYears(event.target.value)}
        slotProps={{ htmlInput: { min: 0, max: 60 } }}
        {...fieldError('yearsOfExperience')}
      />
    </PlanDialog>
  );
}

/** The person's supervisor qualification where people are shown (EDU-7), changeable with EDIT_SUPERVISOR_REGISTER. */
export function SupervisorRegister() {
  const person = useRecordContext<{ id: string; supervisorQualification?: Entry | null }>();
  const translate = useTranslate();
  const qualificationText = useQualificationText();
  const moment = useStockholmTimeText();
  const { permissions } = usePermissions<Permissions>();
  const [open, setOpen] = useState(false);
  if (!person) return null;
  const entry = person.supervisorQualification ?? null;
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }} data-supervisor-register>
      <Typography variant="subtitle1">{translate('register.title')}</Typography>
      <Typography>{entry ? qualificationText(entry) : translate('register.none')}</Typography>
      {entry && (
        <Typography variant="body2" color="text.secondary">
          {translate('register.changed_at', { date: moment(entry.changedAt) })}
        </Typography>
      )}
      {hasPermission(permissions, 'EDIT_SUPERVISOR_REGISTER') && (
        <Button variant="outlined" onClick={() => setOpen(true)}>
          {translate(entry ? 'register.edit' : 'register.add')}
        </Button>
      )}
      {open && <RegisterDialog personId={person.id} entry={entry} onClose={() => setOpen(false)} />}
    </Stack>
  );
}

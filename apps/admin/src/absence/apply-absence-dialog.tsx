import { useEffect, useState } from 'react';
import { Alert, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { NoteField } from './note-field';
import { PlanDialog } from '../training-plan/plan-dialog';
import { usePlanAction } from '../training-plan/use-plan-action';
import { useGraphQL } from '../data/use-graphql';
import { ABSENCE_KINDS, ABSENCE_PROJECTION, APPLY_FOR_ABSENCE, DIRECTOR_DECIDED_KINDS, type Absence, type AbsenceProjection } from './absence-operations';
import { useAbsenceText } from './use-absence-text';

/** ABS-12: the date 12 months are reached with and without the leave, and what it means for the employment's end. */
export function ProjectionText({ projection }: { projection: AbsenceProjection }) {
  const translate = useTranslate();
  const { date } = useAbsenceText();
  return (
    <Alert severity={projection.extensionPlanNeeded || projection.extensionDaysAfter > 0 ? 'warning' : 'info'} data-projection>
      <Typography variant="subtitle2">{translate('absence.projection')}</Typography>
      <div>{translate('absence.projection_before', { date: date(projection.twelveMonthsReachedOnBefore) })}</div>
      <div data-projection-after>
        {translate('absence.projection_after', { date: date(projection.twelveMonthsReachedOnAfter), days: projection.daysLater })}
      </div>
      {projection.extensionDaysAfter > 0 && (
        <div>{translate('absence.projection_end', { date: date(projection.employmentEnd), days: projection.extensionDaysAfter })}</div>
      )}
      {projection.extensionPlanNeeded && <div>{translate('absence.projection_plan')}</div>}
    </Alert>
  );
}

/**
 * ABS-3, ABS-8, ABS-9, ABS-12: an application for leave (or a report of absence) for a trainee: kind,
 * dates, extent and a note. For the kinds only the Director grants, the projection is shown before
 * sending. The server decides whether it is allowed; its refusal stays in the dialog with what was
 * typed; the application it saved (with its warnings) goes to `onApplied`.
 */
export function ApplyAbsenceDialog({ traineeId, onApplied, onClose }: { traineeId: string; onApplied: (absence: Absence) => void; onClose: () => void }) {
  const translate = useTranslate();
  const graphql = useGraphQL();
  const { act, busy, fieldError, error } = usePlanAction();
  const [kind, setKind] = useState<string>('VACATION');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [percent, setPercent] = useState('100');
  const [note, setNote] = useState('');
  const [projection, setProjection] = useState<AbsenceProjection>();
  const input = { kind, startDate, endDate, percent: Number(percent), note: note || null };
  const directorDecides = DIRECTOR_DECIDED_KINDS.includes(kind);
  const complete = Boolean(startDate && endDate && Number.isInteger(Number(percent)));
  useEffect(() => {
    setProjection(undefined);
    if (!directorDecides || !complete) return;
    // an answer for dates already changed is not shown
    let current = true;
    graphql<{ absenceProjection: AbsenceProjection }>(ABSENCE_PROJECTION, { traineeId, input: { ...input, note: null } }).then(
      (data) => current && setProjection(data.absenceProjection),
      // dates the server does not accept: the application says why when sent
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [kind, startDate, endDate, percent]); // eslint-disable-line react-hooks/exhaustive-deps
  const send = () => act<{ applyForAbsence: Absence }>(APPLY_FOR_ABSENCE, { traineeId, input }, (result) => onApplied(result.applyForAbsence));
  return (
    <PlanDialog
      open
      title={translate('absence.apply_title')}
      error={error}
      busy={busy || !complete}
      submitLabel="absence.send"
      onSubmit={send}
      onClose={onClose}
    >
      <TextField select label={translate('absence.kind')} value={kind} onChange={(event) => setKind(event.target.value)} {...fieldError('kind')}>
        {ABSENCE_KINDS.map((value) => (
          <MenuItem key={value} value={value}>
            {translate(`absenceKinds.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          type="date"
          label={translate('absence.start_date')}
          value={startDate}
          onChange={(event) => setStartDate(event.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ flex: 1 }}
          {...fieldError('startDate')}
        />
        <TextField
          type="date"
          label={translate('absence.end_date')}
          value={endDate}
          onChange={(event) => setEndDate(event.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: startDate || undefined } }}
          sx={{ flex: 1 }}
          {...fieldError('endDate')}
        />
        <TextField
          type="number"
          label={translate('absence.percent_of_full_time')}
          value={percent}
          onChange={(event) => setPercent(event.target.value)}
          slotProps={{ htmlInput: { min: 1, max: 100, step: 1 } }}
          sx={{ width: { sm: 160 } }}
          {...fieldError('percent')}
        />
      </Stack>
      <NoteField value={note} onChange={setNote} error={fieldError('note')} />
      {directorDecides && <Alert severity="info">{translate('absence.director_decides')}</Alert>}
      {directorDecides && projection && <ProjectionText projection={projection} />}
    </PlanDialog>
  );
}

import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { placementKindChoices } from '../common/choices';
import { PlanDialog } from './plan-dialog';
import { usePlanAction } from './use-plan-action';
import { ADD_VACATION, CREATE_PLACEMENT, SPLIT_PLACEMENT, UPDATE_PLACEMENT, UPDATE_VACATION, type PlanPlacement } from './training-plan-operations';

const dateProps = { type: 'date', slotProps: { inputLabel: { shrink: true } } } as const;

/** EDU-2: the reason for a deviation, kept in the change log; empty sends none. */
function ReasonInput({ value, onChange, error }: { value: string; onChange: (value: string) => void; error: object }) {
  const translate = useTranslate();
  return (
    <TextField
      label={translate('plan.reason')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      multiline
      minRows={2}
      helperText={translate('plan.reason_help')}
      {...error}
    />
  );
}

/** A period's first and last day (inclusive), each marked with the server's message when a refusal names it. */
function PeriodInputs({
  startDate,
  endDate,
  onStartDate,
  onEndDate,
  fieldError,
}: {
  startDate: string;
  endDate: string;
  onStartDate: (value: string) => void;
  onEndDate: (value: string) => void;
  fieldError: (argument: string) => object;
}) {
  const translate = useTranslate();
  return (
    <>
      <TextField
        label={translate('plan.start')}
        value={startDate}
        onChange={(event) => onStartDate(event.target.value)}
        {...dateProps}
        {...fieldError('startDate')}
      />
      <TextField label={translate('plan.end')} value={endDate} onChange={(event) => onEndDate(event.target.value)} {...dateProps} {...fieldError('endDate')} />
    </>
  );
}

/** EDU-5: a new placement, or a change of one (kind, unit, dates), with the reason for a deviation (EDU-2). */
export function PlacementDialog({
  traineeId,
  planVersion,
  placement,
  onClose,
}: {
  traineeId: string;
  planVersion: number;
  placement?: PlanPlacement;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const { act, busy, fieldError, error } = usePlanAction();
  const { data: units = [] } = useGetList<{ id: string; name: string }>('units', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const [kind, setKind] = useState(placement?.kind ?? '');
  const [unitId, setUnitId] = useState(placement?.unit.id ?? '');
  const [startDate, setStartDate] = useState(placement?.startDate ?? '');
  const [endDate, setEndDate] = useState(placement?.endDate ?? '');
  const [reason, setReason] = useState('');
  const input = { kind: kind || null, unitId: unitId || null, startDate: startDate || null, endDate: endDate || null };
  const save = () =>
    placement
      ? act(UPDATE_PLACEMENT, { id: placement.id, planVersion, input, reason: reason || null }, onClose, 'plan.saved')
      : act(CREATE_PLACEMENT, { traineeId, planVersion, input, reason: reason || null }, onClose, 'plan.saved');
  return (
    <PlanDialog open title={translate(placement ? 'plan.edit_title' : 'plan.add_title')} error={error} busy={busy} onSubmit={save} onClose={onClose}>
      <TextField select label={translate('plan.kind')} value={kind} onChange={(event) => setKind(event.target.value)} {...fieldError('kind')}>
        {placementKindChoices.map((choice) => (
          <MenuItem key={choice.id} value={choice.id}>
            {translate(choice.name)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={translate('plan.unit')}
        value={units.length ? unitId : ''}
        onChange={(event) => setUnitId(event.target.value)}
        {...fieldError('unitId')}
      >
        {units.map((unit) => (
          <MenuItem key={unit.id} value={unit.id}>
            {unit.name}
          </MenuItem>
        ))}
      </TextField>
      <PeriodInputs startDate={startDate} endDate={endDate} onStartDate={setStartDate} onEndDate={setEndDate} fieldError={fieldError} />
      <ReasonInput value={reason} onChange={setReason} error={fieldError('reason')} />
    </PlanDialog>
  );
}

/** EDU-5: splits a placement; the date is the first day of the second part. */
export function SplitDialog({ planVersion, placement, onClose }: { planVersion: number; placement: PlanPlacement; onClose: () => void }) {
  const translate = useTranslate();
  const { act, busy, fieldError, error } = usePlanAction();
  const [at, setAt] = useState('');
  const [reason, setReason] = useState('');
  const save = () => act(SPLIT_PLACEMENT, { id: placement.id, planVersion, at: at || null, reason: reason || null }, onClose, 'plan.saved');
  return (
    <PlanDialog open title={translate('plan.split_title')} error={error} busy={busy} onSubmit={save} onClose={onClose}>
      <TextField
        label={translate('plan.at')}
        value={at}
        onChange={(event) => setAt(event.target.value)}
        {...dateProps}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: placement.startDate, max: placement.endDate } }}
        {...fieldError('at')}
      />
      <ReasonInput value={reason} onChange={setReason} error={fieldError('reason')} />
    </PlanDialog>
  );
}

/** ABS-4: new planned vacation (a week in the autumn, the summer's weeks anew), or a move or change of length of one. */
export function VacationDialog({
  traineeId,
  planVersion,
  vacation,
  onClose,
}: {
  traineeId: string;
  planVersion: number;
  vacation?: { id: string; startDate: string; endDate: string };
  onClose: () => void;
}) {
  const translate = useTranslate();
  const { act, busy, fieldError, error } = usePlanAction();
  const [startDate, setStartDate] = useState(vacation?.startDate ?? '');
  const [endDate, setEndDate] = useState(vacation?.endDate ?? '');
  const [reason, setReason] = useState('');
  const dates = { startDate: startDate || null, endDate: endDate || null };
  const save = () =>
    vacation
      ? act(UPDATE_VACATION, { id: vacation.id, planVersion, ...dates, reason: reason || null }, onClose, 'plan.saved')
      : act(ADD_VACATION, { traineeId, planVersion, input: dates, reason: reason || null }, onClose, 'plan.vacation_added');
  return (
    <PlanDialog
      open
      title={translate(vacation ? 'plan.vacation_title' : 'plan.add_vacation_title')}
      error={error}
      busy={busy}
      onSubmit={save}
      onClose={onClose}
    >
      <PeriodInputs startDate={startDate} endDate={endDate} onStartDate={setStartDate} onEndDate={setEndDate} fieldError={fieldError} />
      <ReasonInput value={reason} onChange={setReason} error={fieldError('reason')} />
    </PlanDialog>
  );
}

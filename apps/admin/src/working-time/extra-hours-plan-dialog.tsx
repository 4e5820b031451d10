import { useState } from 'react';
import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PlanDialog } from '../training-plan/plan-dialog';
import { usePlanAction } from '../training-plan/use-plan-action';
import { RECORD_EXTRA_HOURS_PLAN, type ExtraHoursFlag } from './working-time-operations';

/** ABS-6: the (deputy) Director records the plan made with a flagged trainee, text and day (not after today); a refusal stays in the dialog. */
export function ExtraHoursPlanDialog({ flag, today, onClose, onDone }: { flag: ExtraHoursFlag; today: string; onClose: () => void; onDone: () => void }) {
  const translate = useTranslate();
  const { act, busy, fieldError, error } = usePlanAction();
  const [plan, setPlan] = useState('');
  const [plannedOn, setPlannedOn] = useState(today);
  const save = () => act(RECORD_EXTRA_HOURS_PLAN, { flagId: flag.id, plan: plan.trim(), plannedOn }, onDone, 'extraHours.plan_saved');
  return (
    <PlanDialog
      open
      title={translate('extraHours.plan_title', { trainee: flag.trainee.name })}
      error={error}
      busy={busy || !plan.trim() || !plannedOn}
      onSubmit={save}
      onClose={onClose}
    >
      <TextField
        label={translate('extraHours.plan_text')}
        value={plan}
        onChange={(event) => setPlan(event.target.value)}
        multiline
        minRows={3}
        {...fieldError('plan')}
      />
      <TextField
        type="date"
        label={translate('extraHours.planned_on')}
        value={plannedOn}
        onChange={(event) => setPlannedOn(event.target.value)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
        {...fieldError('plannedOn')}
      />
    </PlanDialog>
  );
}

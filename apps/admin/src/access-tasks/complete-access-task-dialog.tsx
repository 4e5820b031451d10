import { useState } from 'react';
import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PlanDialog } from '../training-plan/plan-dialog';
import { usePlanAction } from '../training-plan/use-plan-action';
import { COMPLETE_ACCESS_TASK, type DueAccessTask } from './access-task-operations';

/**
 * ACC-1–ACC-3: ticks a task done on a day, today by the server's clock unless another is given; the
 * server refuses a day ahead of today or a task already ticked, and the dialog stays with the reason.
 */
export function CompleteAccessTaskDialog({ task, today, onDone, onClose }: { task: DueAccessTask; today: string; onDone: () => void; onClose: () => void }) {
  const translate = useTranslate();
  const { act, busy, fieldError, error } = usePlanAction();
  const [doneOn, setDoneOn] = useState(today);
  const save = () => act(COMPLETE_ACCESS_TASK, { id: task.id, doneOn }, onDone, 'access.completed');
  return (
    <PlanDialog
      open
      title={translate('access.complete_title', { kind: translate(`accessTaskKinds.${task.kind}`), trainee: task.trainee.name })}
      error={error}
      busy={busy || !doneOn}
      submitLabel="access.done"
      onSubmit={save}
      onClose={onClose}
    >
      <TextField
        type="date"
        label={translate('access.done_on')}
        value={doneOn}
        onChange={(event) => setDoneOn(event.target.value)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
        {...fieldError('doneOn')}
      />
    </PlanDialog>
  );
}

import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PlanDialog } from '../training-plan/plan-dialog';
import { HeldOnInput, NoteInput } from './held-meeting-inputs';
import { usePlanAction } from '../training-plan/use-plan-action';
import { RECORD_HANDOVER, type CheckpointPlacement } from './checkpoint-operations';

/**
 * EDU-8: a handover at a change of placement: one of the plan's changes (a placement and the one that
 * follows it), the day and a note; the participants are those appointed then (the server records them).
 */
export function HandoverDialog({
  placements,
  placementName,
  today,
  onClose,
}: {
  placements: CheckpointPlacement[];
  placementName: (placement: CheckpointPlacement) => string;
  today?: string;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const { act, busy, fieldError, error } = usePlanAction();
  const ordered = [...placements].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const changes = ordered.slice(1).map((to, index) => ({ from: ordered[index], to }));
  const [fromId, setFromId] = useState('');
  const [heldOn, setHeldOn] = useState(today ?? '');
  const [note, setNote] = useState('');
  const change = changes.find(({ from }) => from.id === fromId);
  const save = () =>
    act(
      RECORD_HANDOVER,
      { input: { fromPlacementId: change?.from.id ?? null, toPlacementId: change?.to.id ?? null, heldOn: heldOn || null, note: note || null } },
      onClose,
      'checkpoints.handover_recorded',
    );
  return (
    <PlanDialog open title={translate('checkpoints.handover_title')} error={error} busy={busy || !change} onSubmit={save} onClose={onClose}>
      <TextField
        select
        label={translate('checkpoints.change_of_placement')}
        value={fromId}
        onChange={(event) => setFromId(event.target.value)}
        {...fieldError('fromPlacementId')}
      >
        {changes.map(({ from, to }) => (
          <MenuItem key={from.id} value={from.id} data-change={from.id}>
            {placementName(from)} → {placementName(to)}
          </MenuItem>
        ))}
      </TextField>
      <HeldOnInput label={translate('checkpoints.date')} today={today} value={heldOn} onChange={setHeldOn} error={fieldError('heldOn')} />
      <NoteInput value={note} onChange={setNote} error={fieldError('note')} />
    </PlanDialog>
  );
}

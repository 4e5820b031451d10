import { useState } from 'react';
import { Checkbox, FormControlLabel, FormGroup, FormLabel } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ConsequenceDialog } from '../common/consequence-dialog';
import { useIsoDateText } from '../common/iso-date-field';
import { PlanDialog } from '../training-plan/plan-dialog';
import { HeldOnInput, NoteInput } from './held-meeting-inputs';
import { usePlanAction } from '../training-plan/use-plan-action';
import { COMPLETE_CHECKPOINT, type Checkpoint } from './checkpoint-operations';

/**
 * EDU-8: records a checkpoint held (the day, at the latest today; the ticked items of its checklist; a
 * note), or corrects its latest record (prefilled from it). Saving asks first, since a record never
 * changes; a refusal shows in the form with what was typed.
 */
export function CheckpointDialog({
  traineeId,
  checkpoint,
  name,
  today,
  onClose,
}: {
  traineeId: string;
  checkpoint: Checkpoint;
  /** The checkpoint in a sentence ("B · Internmedicin · Medicinkliniken Växjö"). */
  name: string;
  today?: string;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const date = useIsoDateText();
  const { act, busy, fieldError, error } = usePlanAction();
  const latest = checkpoint.completion;
  const [heldOn, setHeldOn] = useState(latest?.heldOn ?? today ?? '');
  const [itemIds, setItemIds] = useState<string[]>(latest?.items.map((item) => item.id) ?? []);
  const [note, setNote] = useState(latest?.note ?? '');
  const [confirming, setConfirming] = useState(false);
  const toggle = (id: string, ticked: boolean) => setItemIds((ids) => (ticked ? [...ids, id] : ids.filter((other) => other !== id)));
  const save = () => {
    setConfirming(false);
    act(
      COMPLETE_CHECKPOINT,
      {
        input: {
          traineeId,
          kind: checkpoint.kind,
          placementId: checkpoint.placement?.id ?? null,
          heldOn: heldOn || null,
          // in the checklist's order, whatever order they were ticked in
          itemIds: checkpoint.checklist.filter((item) => itemIds.includes(item.id)).map((item) => item.id),
          note: note || null,
          corrects: latest?.id ?? null,
        },
      },
      onClose,
      'checkpoints.recorded',
    );
  };
  return (
    <>
      <PlanDialog
        open
        title={translate(latest ? 'checkpoints.correct_title' : 'checkpoints.record_title', { checkpoint: name })}
        submitLabel={latest ? 'checkpoints.correct' : 'checkpoints.record'}
        error={error}
        busy={busy}
        onSubmit={() => setConfirming(true)}
        onClose={onClose}
      >
        <HeldOnInput label={translate('checkpoints.held_on')} today={today} value={heldOn} onChange={setHeldOn} error={fieldError('heldOn')} />
        <FormGroup data-checklist>
          <FormLabel component="legend">{translate('checkpoints.checklist')}</FormLabel>
          {checkpoint.checklist.map((item) => (
            <FormControlLabel
              key={item.id}
              lang="sv"
              control={<Checkbox checked={itemIds.includes(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} />}
              label={item.text}
            />
          ))}
        </FormGroup>
        <NoteInput value={note} onChange={setNote} error={fieldError('note')} />
      </PlanDialog>
      <ConsequenceDialog
        open={confirming}
        title={translate('checkpoints.confirm_title')}
        consequences={[
          translate('checkpoints.confirm_consequence', {
            checkpoint: name,
            date: heldOn ? date(heldOn) : '–',
            ticked: itemIds.length,
            total: checkpoint.checklist.length,
          }),
          translate('checkpoints.confirm_final'),
        ]}
        confirmLabel={translate(latest ? 'checkpoints.correct' : 'checkpoints.record')}
        onConfirm={save}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

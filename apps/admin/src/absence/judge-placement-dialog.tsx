import { useState } from 'react';
import { FormControlLabel, Radio, RadioGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { NoteField } from './note-field';
import { PlanDialog } from '../training-plan/plan-dialog';
import { usePlanAction } from '../training-plan/use-plan-action';
import { RECORD_PLACEMENT_ABSENCE_JUDGEMENT, type PlacementLedger } from './absence-operations';

/** ABS-2: the head of unit or the clinical supervisor records whether a placement's absence is acceptable; the server says who may and when a note is needed. */
export function JudgePlacementDialog({
  traineeId,
  placement,
  onDone,
  onClose,
}: {
  traineeId: string;
  placement: PlacementLedger;
  onDone: () => void;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const { act, busy, fieldError, error } = usePlanAction();
  const [acceptable, setAcceptable] = useState(placement.judgement?.acceptable ?? true);
  const [note, setNote] = useState('');
  const save = () =>
    act(RECORD_PLACEMENT_ABSENCE_JUDGEMENT, { traineeId, placementId: placement.placementId, acceptable, note: note || null }, onDone, 'absence.judged');
  return (
    <PlanDialog open title={translate('absence.judge_title', { unit: placement.unit?.name ?? '' })} error={error} busy={busy} onSubmit={save} onClose={onClose}>
      <RadioGroup value={acceptable ? 'yes' : 'no'} onChange={(event) => setAcceptable(event.target.value === 'yes')}>
        <FormControlLabel value="yes" control={<Radio />} label={translate('absence.judge_acceptable')} />
        <FormControlLabel value="no" control={<Radio />} label={translate('absence.judge_not_acceptable')} />
      </RadioGroup>
      <NoteField value={note} onChange={setNote} error={fieldError('note')} />
    </PlanDialog>
  );
}

import { useEffect, useState } from 'react';
import { ListItemText, MenuItem, TextField } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { PlanDialog } from './plan-dialog';
import { usePlanAction } from './use-plan-action';
import { useQualificationText } from './qualification-text';
import type { Notice } from '../data/graphql-error';
import type { SupervisionWarnings } from './supervisors-panel';
import {
  ASSIGN_MAIN_SUPERVISOR,
  SET_CLINICAL_SUPERVISOR,
  SUPERVISOR_CANDIDATES,
  type PlannedTrainee,
  type PlanPlacement,
  type SupervisorCandidate,
} from './training-plan-operations';

/** The people with a supervisor role, with their register entries; those at `unitId` first. */
function useCandidates(role: 'MAIN_SUPERVISOR' | 'CLINICAL_SUPERVISOR', unitId?: string): SupervisorCandidate[] {
  const graphql = useGraphQL();
  const notify = useNotify();
  const [candidates, setCandidates] = useState<SupervisorCandidate[]>([]);
  useEffect(() => {
    graphql<{ personPage: { items: SupervisorCandidate[] } }>(SUPERVISOR_CANDIDATES, { role }).then(
      ({ personPage }) => setCandidates([...personPage.items].sort((a, b) => Number(b.unit?.id === unitId) - Number(a.unit?.id === unitId))),
      (error: Error) => notify(error.message, { type: 'error' }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [role, unitId]);
  return candidates;
}

const nameOf = (candidates: SupervisorCandidate[], personId: string) => candidates.find((candidate) => candidate.id === personId)?.name ?? '';

/** A choice of person showing the qualification facts under each name (EDU-7). */
function CandidateSelect({
  candidates,
  value,
  onChange,
  error,
  unitId,
}: {
  candidates: SupervisorCandidate[];
  value: string;
  onChange: (value: string) => void;
  error: object;
  unitId?: string;
}) {
  const translate = useTranslate();
  const qualificationText = useQualificationText();
  return (
    <TextField
      select
      label={translate('supervisors.person')}
      value={candidates.length ? value : ''}
      onChange={(event) => onChange(event.target.value)}
      {...error}
      slotProps={{ select: { renderValue: (id) => candidates.find((candidate) => candidate.id === id)?.name ?? '' } }}
    >
      {candidates.map((candidate) => (
        <MenuItem key={candidate.id} value={candidate.id} data-candidate={candidate.id}>
          <ListItemText
            primary={`${candidate.name}${candidate.unit ? ` · ${candidate.unit.name}` : ''}${unitId && candidate.unit?.id === unitId ? ` (${translate('supervisors.same_unit')})` : ''}`}
            secondary={qualificationText(candidate.supervisorQualification)}
          />
        </MenuItem>
      ))}
    </TextField>
  );
}

/** ORG-2, EMP-1: appoints (or changes) the trainee's main supervisor from a day; warnings come back to the page. */
export function MainSupervisorDialog({
  trainee,
  defaultFrom,
  onWarnings,
  onClose,
}: {
  trainee: PlannedTrainee;
  defaultFrom: string;
  onWarnings: (appointed: SupervisionWarnings) => void;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const candidates = useCandidates('MAIN_SUPERVISOR');
  const { act, busy, fieldError, error } = usePlanAction();
  const [personId, setPersonId] = useState('');
  const [fromDate, setFromDate] = useState(defaultFrom);
  const save = () =>
    act<{ assignMainSupervisor: { warnings: Notice[] } }>(
      ASSIGN_MAIN_SUPERVISOR,
      { traineeId: trainee.id, personId: personId || null, fromDate: fromDate || null, version: trainee.mainSupervision?.version ?? null },
      ({ assignMainSupervisor }) => {
        onWarnings({ name: nameOf(candidates, personId), warnings: assignMainSupervisor.warnings });
        onClose();
      },
      'supervisors.assigned',
    );
  return (
    <PlanDialog
      open
      title={translate(trainee.mainSupervision ? 'supervisors.change' : 'supervisors.assign')}
      error={error}
      busy={busy || !personId}
      onSubmit={save}
      onClose={onClose}
    >
      <CandidateSelect candidates={candidates} value={personId} onChange={setPersonId} error={fieldError('personId')} />
      <TextField
        type="date"
        label={translate('supervisors.from_date')}
        value={fromDate}
        onChange={(event) => setFromDate(event.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
        {...fieldError('fromDate')}
      />
    </PlanDialog>
  );
}

/** EDU-7: the clinical supervisor of one placement; people at the placement's unit first. */
export function ClinicalSupervisorDialog({
  placement,
  title,
  onWarnings,
  onClose,
}: {
  placement: PlanPlacement;
  title: string;
  onWarnings: (appointed: SupervisionWarnings) => void;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const candidates = useCandidates('CLINICAL_SUPERVISOR', placement.unit.id);
  const { act, busy, fieldError, error } = usePlanAction();
  const [personId, setPersonId] = useState(placement.clinicalSupervisor?.id ?? '');
  const save = () =>
    act<{ setClinicalSupervisor: { warnings: Notice[] } }>(
      SET_CLINICAL_SUPERVISOR,
      { placementId: placement.id, personId: personId || null },
      ({ setClinicalSupervisor }) => {
        onWarnings({ name: nameOf(candidates, personId), warnings: setClinicalSupervisor.warnings });
        onClose();
      },
      'supervisors.assigned',
    );
  return (
    <PlanDialog
      open
      title={translate('supervisors.clinical_title', { placement: title })}
      error={error}
      busy={busy || !personId}
      onSubmit={save}
      onClose={onClose}
    >
      <CandidateSelect candidates={candidates} value={personId} onChange={setPersonId} error={fieldError('personId')} unitId={placement.unit.id} />
    </PlanDialog>
  );
}

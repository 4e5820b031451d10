import { useEffect, useState } from 'react';
import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { useIsoDateText } from '../common/iso-date-field';
import { PlanDialog } from '../training-plan/plan-dialog';
import { usePlanAction } from '../training-plan/use-plan-action';
import {
  RECORD_FLEX_BALANCE,
  RECORD_ON_CALL_HOURS,
  TRAINEE_COMPENSATION,
  type PlacementCompensation,
  type TraineeCompensation,
} from './working-time-operations';
import { parseHours, useWorkingTimeFormat } from './working-time-format';

type Editing = { kind: 'flex' | 'onCall'; placement: PlacementCompensation };

/**
 * ABS-7: flexitime per placement (carried in, the closing balance, what is carried over and what the
 * +20/−10 clamp cut); ABS-5: on-call compensation per placement (earned, paid, time off earned and
 * taken) and what is left at the end of BT. HR records both per placement.
 */
export function CompensationSection({ traineeId, mayRecord }: { traineeId: string; mayRecord: boolean }) {
  const graphql = useGraphQL();
  const translate = useTranslate();
  const notify = useNotify();
  const date = useIsoDateText();
  const { hours: h } = useWorkingTimeFormat();
  const [shown, setShown] = useState<TraineeCompensation>();
  const [reads, setReads] = useState(0);
  const [editing, setEditing] = useState<Editing>();
  useEffect(() => {
    graphql<{ traineeCompensation: TraineeCompensation }>(TRAINEE_COMPENSATION, { traineeId }).then(
      (data) => setShown(data.traineeCompensation),
      (error: Error) => notify(error.message, { type: 'error', multiLine: true }),
    );
  }, [traineeId, reads]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!shown) return null;
  const optional = (value: number | null) => (value === null ? '–' : h(value));
  const placementCell = (p: PlacementCompensation) => (
    <TableCell>
      <span lang="sv">{p.unit?.name ?? '–'}</span>
      <Typography component="span" variant="caption" sx={{ display: 'block', whiteSpace: 'nowrap' }}>
        {`${date(p.startDate)} – ${date(p.endDate)}`}
      </Typography>
    </TableCell>
  );
  const editCell = (kind: Editing['kind'], placement: PlacementCompensation) =>
    mayRecord && (
      <TableCell>
        <Button size="small" variant="outlined" onClick={() => setEditing({ kind, placement })}>
          {translate('workingTime.edit')}
        </Button>
      </TableCell>
    );
  if (shown.placements.length === 0) return <Typography>{translate('workingTime.none_placements')}</Typography>;
  return (
    <>
      <Typography variant="subtitle1">{translate('workingTime.flexitime')}</Typography>
      <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
        <Table size="small" sx={{ minWidth: 640 }} data-flexitime>
          <TableHead>
            <TableRow>
              <TableCell>{translate('workingTime.placement')}</TableCell>
              <TableCell align="right">{translate('workingTime.flex_opening')}</TableCell>
              <TableCell align="right">{translate('workingTime.flex_closing')}</TableCell>
              <TableCell align="right">{translate('workingTime.flex_carried')}</TableCell>
              <TableCell align="right">{translate('workingTime.flex_cut')}</TableCell>
              {mayRecord && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.placements.map((p) => (
              <TableRow key={p.placementId} data-placement={p.placementId}>
                {placementCell(p)}
                <TableCell align="right">{h(p.flexOpeningHours)}</TableCell>
                <TableCell align="right">{optional(p.flexClosingHours)}</TableCell>
                <TableCell align="right">{optional(p.flexCarriedHours)}</TableCell>
                <TableCell align="right" sx={{ color: p.flexCutHours ? 'warning.dark' : undefined }}>
                  {optional(p.flexCutHours)}
                </TableCell>
                {editCell('flex', p)}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {shown.placements.some((p) => p.flexClosingHours === null) && (
        <Typography variant="caption" color="text.secondary">
          {translate('workingTime.not_recorded')}
        </Typography>
      )}
      <Typography variant="subtitle1">{translate('workingTime.on_call')}</Typography>
      <Typography variant="body2">{translate('workingTime.on_call_paid_percent', { percent: shown.onCallPaidPercent })}</Typography>
      <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
        <Table size="small" sx={{ minWidth: 640 }} data-on-call>
          <TableHead>
            <TableRow>
              <TableCell>{translate('workingTime.placement')}</TableCell>
              <TableCell align="right">{translate('workingTime.on_call_earned')}</TableCell>
              <TableCell align="right">{translate('workingTime.on_call_paid')}</TableCell>
              <TableCell align="right">{translate('workingTime.on_call_leave')}</TableCell>
              <TableCell align="right">{translate('workingTime.on_call_taken')}</TableCell>
              <TableCell align="right">{translate('workingTime.on_call_left_column')}</TableCell>
              {mayRecord && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.placements.map((p) => (
              <TableRow key={p.placementId}>
                {placementCell(p)}
                <TableCell align="right">{h(p.onCallEarnedHours)}</TableCell>
                <TableCell align="right">{h(p.onCallPaidHours)}</TableCell>
                <TableCell align="right">{h(p.onCallLeaveHours)}</TableCell>
                <TableCell align="right">{h(p.onCallTakenLeaveHours)}</TableCell>
                <TableCell align="right">{h(p.onCallLeaveHours - p.onCallTakenLeaveHours)}</TableCell>
                {editCell('onCall', p)}
              </TableRow>
            ))}
            <TableRow sx={{ '& td': { fontWeight: 'bold' } }}>
              <TableCell>{translate('workingTime.total')}</TableCell>
              <TableCell align="right">{h(shown.onCallEarnedHours)}</TableCell>
              <TableCell align="right">{h(shown.onCallPaidHours)}</TableCell>
              <TableCell align="right">{h(shown.onCallLeaveHours)}</TableCell>
              <TableCell align="right">{h(shown.onCallTakenLeaveHours)}</TableCell>
              <TableCell align="right">{h(shown.onCallLeftHours)}</TableCell>
              {mayRecord && <TableCell />}
            </TableRow>
          </TableBody>
        </Table>
      </Box>
      <Typography data-on-call-left={shown.onCallLeftHours}>{translate('workingTime.on_call_left', { hours: h(shown.onCallLeftHours) })}</Typography>
      {editing && (
        <RecordCompensationDialog
          editing={editing}
          onClose={() => setEditing(undefined)}
          onDone={() => {
            setEditing(undefined);
            setReads((count) => count + 1);
          }}
        />
      )}
    </>
  );
}

/** HR records a placement's closing flexitime balance (ABS-7) or its on-call hours (ABS-5); a refusal stays in the dialog. */
function RecordCompensationDialog({ editing: { kind, placement }, onClose, onDone }: { editing: Editing; onClose: () => void; onDone: () => void }) {
  const translate = useTranslate();
  const { hours: h } = useWorkingTimeFormat();
  const { act, busy, fieldError, error } = usePlanAction();
  const start = (value: number | null) => (value === null ? '' : h(value));
  const [flex, setFlex] = useState(start(placement.flexClosingHours));
  const [earned, setEarned] = useState(start(placement.onCallEarnedHours));
  const [taken, setTaken] = useState(start(placement.onCallTakenLeaveHours));
  const unit = placement.unit?.name ?? '–';
  const valid = kind === 'flex' ? parseHours(flex) !== undefined : parseHours(earned) !== undefined && parseHours(taken) !== undefined;
  const save = () =>
    kind === 'flex'
      ? act(RECORD_FLEX_BALANCE, { placementId: placement.placementId, hours: parseHours(flex) }, onDone, 'workingTime.saved')
      : act(
          RECORD_ON_CALL_HOURS,
          { placementId: placement.placementId, earnedHours: parseHours(earned), takenLeaveHours: parseHours(taken) },
          onDone,
          'workingTime.saved',
        );
  return (
    <PlanDialog
      open
      title={translate(kind === 'flex' ? 'workingTime.edit_flex_title' : 'workingTime.edit_on_call_title', { unit })}
      error={error}
      busy={busy || !valid}
      onSubmit={save}
      onClose={onClose}
    >
      {kind === 'flex' ? (
        <TextField label={translate('workingTime.flex_hours')} value={flex} onChange={(event) => setFlex(event.target.value)} {...fieldError('hours')} />
      ) : (
        <>
          <TextField
            label={translate('workingTime.earned_hours')}
            value={earned}
            onChange={(event) => setEarned(event.target.value)}
            {...fieldError('earnedHours')}
          />
          <TextField
            label={translate('workingTime.taken_hours')}
            value={taken}
            onChange={(event) => setTaken(event.target.value)}
            {...fieldError('takenLeaveHours')}
          />
        </>
      )}
    </PlanDialog>
  );
}

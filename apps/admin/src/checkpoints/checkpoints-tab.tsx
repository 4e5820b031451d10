import { useState } from 'react';
import { Box, Button, Chip, Collapse, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetIdentity, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { reachesRow, type Permissions } from '../permissions';
import { useIsoDateText, useStockholmTimeText } from '../common/iso-date-field';
import { useToday } from '../data/use-today';
import { usePlacementName } from '../training-plan/training-plan-tab';
import { CheckpointDialog } from './checkpoint-dialog';
import { HandoverDialog } from './handover-dialog';
import { earlierRecords, type Checkpoint, type CheckpointRecord, type CheckpointStatus, type CheckpointTrainee } from './checkpoint-operations';

/** EDU-8: overdue red, due amber, done green, upcoming grey. */
const STATUS_COLOURS: Record<CheckpointStatus, 'error' | 'warning' | 'success' | 'default'> = {
  OVERDUE: 'error',
  DUE: 'warning',
  DONE: 'success',
  UPCOMING: 'default',
};

/** One record: when it was held, who recorded it and when, the ticked items and the note. */
function RecordText({ record }: { record: CheckpointRecord }) {
  const translate = useTranslate();
  const date = useIsoDateText();
  const moment = useStockholmTimeText();
  return (
    <Stack spacing={0.5} data-record={record.sequence}>
      <Typography variant="body2">
        {record.sequence > 1 && `${translate('checkpoints.correction', { sequence: record.sequence - 1 })}: `}
        {translate('checkpoints.held', { date: date(record.heldOn), name: record.recordedBy.name, recordedAt: moment(record.recordedAt) })}
      </Typography>
      {record.items.length ? (
        <Box component="ul" sx={{ m: 0, pl: 3 }} lang="sv">
          {record.items.map((item) => (
            <Typography component="li" variant="body2" key={item.id}>
              {item.text}
            </Typography>
          ))}
        </Box>
      ) : (
        <Typography variant="body2">{translate('checkpoints.no_items')}</Typography>
      )}
      {record.note && (
        <Typography variant="body2">
          {translate('checkpoints.note')}: <span lang="sv">{record.note}</span>
        </Typography>
      )}
    </Stack>
  );
}

/** A done checkpoint's latest record, with the earlier ones (the records it corrected) a click away. */
function Records({ latest }: { latest: CheckpointRecord }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const earlier = earlierRecords(latest);
  const unread = latest.sequence - 1 - earlier.length;
  return (
    <Stack spacing={1}>
      <RecordText record={latest} />
      {latest.sequence > 1 && (
        <Box>
          <Button size="small" onClick={() => setOpen(!open)} aria-expanded={open}>
            {translate('checkpoints.earlier', { count: latest.sequence - 1 })}
          </Button>
          <Collapse in={open}>
            <Stack spacing={1} sx={{ pl: 2, borderLeft: 2, borderColor: 'divider' }} data-earlier-records>
              {earlier.map((record) => (
                <RecordText key={record.id} record={record} />
              ))}
              {unread > 0 && <Typography variant="body2">{translate('checkpoints.more_earlier', { count: unread })}</Typography>}
            </Stack>
          </Collapse>
        </Box>
      )}
    </Stack>
  );
}

/**
 * EDU-8, issue 11 item 4: the main supervisor's checkpoints A, B per placement and C in order with their
 * windows and where they stand, each one's record (and the earlier ones it corrected), and the
 * handovers at changes of placement. The trainee's own main supervisor, the directors of studies and
 * the Director (the deputy for her own site) record them; everyone else who sees the trainee reads them.
 */
export function CheckpointsTab() {
  const trainee = useRecordContext<CheckpointTrainee>();
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const { identity } = useGetIdentity();
  const today = useToday();
  const placementName = usePlacementName();
  const date = useIsoDateText();
  const [recording, setRecording] = useState<Checkpoint>();
  const [handover, setHandover] = useState(false);
  if (!trainee) return null;
  const plan = trainee.trainingPlan;
  if (!plan) return <Typography>{translate('checkpoints.no_plan')}</Typography>;
  const ownTrainee = !!identity && trainee.mainSupervision?.supervisor.id === String(identity.id);
  const canRecord = reachesRow(permissions, 'RECORD_CHECKPOINTS', trainee.siteId, ownTrainee);
  const checkpointName = (checkpoint: Checkpoint) =>
    `${translate(`checkpoints.kinds.${checkpoint.kind}`)}${checkpoint.placement ? ` · ${placementName(checkpoint.placement)}` : ''}`;
  const participant = (person: { name: string } | null, key: string) => (person ? [translate(key, { name: person.name })] : []);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 3 }}>
      {!canRecord && (
        <Typography variant="body2" color="text.secondary" data-read-only>
          {translate('checkpoints.read_only')}
        </Typography>
      )}
      <Stack spacing={1} data-checkpoints>
        {plan.checkpoints.map((checkpoint) => (
          <Paper
            key={`${checkpoint.kind}-${checkpoint.placement?.id ?? ''}`}
            variant="outlined"
            sx={{ p: 1.5 }}
            data-checkpoint={checkpoint.kind}
            data-checkpoint-placement={checkpoint.placement?.id}
            data-status={checkpoint.status}
          >
            <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography sx={{ fontWeight: 500, flex: '1 1 16rem' }}>{checkpointName(checkpoint)}</Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
                {translate('checkpoints.window', { from: date(checkpoint.dueFrom), to: date(checkpoint.dueBy) })}
              </Typography>
              <Chip size="small" color={STATUS_COLOURS[checkpoint.status]} label={translate(`checkpoints.statuses.${checkpoint.status}`)} />
              {canRecord && (
                <Button size="small" variant={checkpoint.completion ? 'text' : 'outlined'} onClick={() => setRecording(checkpoint)}>
                  {translate(checkpoint.completion ? 'checkpoints.correct' : 'checkpoints.record')}
                </Button>
              )}
            </Stack>
            {checkpoint.completion && (
              <Box sx={{ mt: 1 }}>
                <Records latest={checkpoint.completion} />
              </Box>
            )}
          </Paper>
        ))}
      </Stack>
      <Box sx={{ overflowX: 'auto' }}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <Typography variant="subtitle1">{translate('checkpoints.handovers')}</Typography>
          {canRecord && plan.placements.length > 1 && (
            <Button variant="outlined" onClick={() => setHandover(true)}>
              {translate('checkpoints.record_handover')}
            </Button>
          )}
        </Stack>
        {trainee.handovers.length ? (
          <Table size="small" data-handovers>
            <TableHead>
              <TableRow>
                <TableCell>{translate('checkpoints.date')}</TableCell>
                <TableCell>{translate('checkpoints.change_of_placement')}</TableCell>
                <TableCell>{translate('checkpoints.participants')}</TableCell>
                <TableCell>{translate('checkpoints.note')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {trainee.handovers.map((row) => (
                <TableRow key={row.id} data-handover={row.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(row.heldOn)}</TableCell>
                  <TableCell>
                    {row.fromPlacement ? placementName(row.fromPlacement) : '–'} → {row.toPlacement ? placementName(row.toPlacement) : '–'}
                  </TableCell>
                  <TableCell>
                    {[
                      participant(row.mainSupervisor, 'checkpoints.main'),
                      participant(row.outgoingSupervisor, 'checkpoints.outgoing'),
                      participant(row.incomingSupervisor, 'checkpoints.incoming'),
                    ]
                      .flat()
                      .join(', ')}
                  </TableCell>
                  <TableCell lang="sv">{row.note ?? '–'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography variant="body2">{translate('checkpoints.no_handovers')}</Typography>
        )}
      </Box>
      {recording && (
        <CheckpointDialog
          traineeId={trainee.id}
          checkpoint={recording}
          name={checkpointName(recording)}
          today={today}
          onClose={() => setRecording(undefined)}
        />
      )}
      {handover && <HandoverDialog placements={plan.placements} placementName={placementName} today={today} onClose={() => setHandover(false)} />}
    </Box>
  );
}

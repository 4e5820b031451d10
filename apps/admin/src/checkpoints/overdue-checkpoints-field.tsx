import type { MouseEvent } from 'react';
import { IconButton, Tooltip } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { useIsoDateText } from '../common/iso-date-field';
import type { CheckpointKind } from './checkpoint-operations';

interface TraineeWithOverdue {
  id: string;
  overdueCheckpoints?: { kind: CheckpointKind; dueBy: string; placement: { kind: string } | null }[];
}

/**
 * EDU-8: in the trainee list, a warning when checkpoints are overdue, naming them (kind, placement, last
 * day) in its tooltip; it leads to the trainee's checkpoints. Empty when none is.
 */
export function OverdueCheckpointsField(_props: { label?: string; sortable?: boolean }) {
  const trainee = useRecordContext<TraineeWithOverdue>();
  const translate = useTranslate();
  const date = useIsoDateText();
  const overdue = trainee?.overdueCheckpoints ?? [];
  if (!trainee || !overdue.length) return null;
  const named = overdue
    .map(
      (checkpoint) =>
        `${checkpoint.kind}${checkpoint.placement ? ` ${translate(`placementKinds.${checkpoint.placement.kind}`)}` : ''} (${date(checkpoint.dueBy)})`,
    )
    .join(', ');
  const title = translate('checkpoints.overdue_in_list', { checkpoints: named });
  return (
    <Tooltip title={title}>
      <IconButton
        component={Link}
        to={`/trainees/${trainee.id}/show/checkpoints`}
        onClick={(event: MouseEvent) => event.stopPropagation()}
        size="small"
        color="error"
        aria-label={title}
        data-overdue-checkpoints={overdue.length}
      >
        <WarningAmberIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}

import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useStockholmTimeText } from '../common/iso-date-field';
import type { PlanChange } from './training-plan-operations';

/** EDU-5: who changed the plan, what and when, the latest first; the summary is the server's Swedish text. */
export function PlanChanges({ changes }: { changes: PlanChange[] }) {
  const translate = useTranslate();
  const moment = useStockholmTimeText();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Typography variant="subtitle1">{translate('plan.changes')}</Typography>
      {changes.length === 0 ? (
        <Typography variant="body2">{translate('plan.no_changes')}</Typography>
      ) : (
        <Table size="small" data-plan-changes>
          <TableHead>
            <TableRow>
              <TableCell>{translate('plan.changed_at')}</TableCell>
              <TableCell>{translate('plan.changed_by')}</TableCell>
              <TableCell>{translate('plan.change')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.map((change) => (
              <TableRow key={change.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{moment(change.changedAt)}</TableCell>
                <TableCell>{change.changedBy?.name ?? translate('plan.changed_automatically')}</TableCell>
                <TableCell>
                  <strong>{translate(`plan.change_actions.${change.action}`)}</strong> ({translate('plan.version', { version: change.version })}):{' '}
                  <span lang="sv">{change.summary}</span>
                  {change.reason && (
                    <>
                      {' '}
                      — <span lang="sv">{change.reason}</span>
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}

import { useState } from 'react';
import { Box, Button, Chip, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { SitePageTable } from '../common/site-page';
import { hasPermission, type Permissions } from '../permissions';
import type { PlacementLedger } from './absence-operations';
import { JudgePlacementDialog } from './judge-placement-dialog';
import { DateRange, useAbsenceText } from './use-absence-text';

/**
 * ABS-2: the absence per placement with the latest judgement of whether it is acceptable, and a button
 * to record one for those who may judge (the head of the placement's unit or its clinical supervisor;
 * the server checks the placement and refuses others).
 */
export function PlacementLedgerTable({ traineeId, placements, onJudged }: { traineeId: string; placements: PlacementLedger[]; onJudged: () => void }) {
  const translate = useTranslate();
  const text = useAbsenceText();
  const { permissions } = usePermissions<Permissions>();
  const [judging, setJudging] = useState<PlacementLedger>();
  const mayJudge = hasPermission(permissions, 'JUDGE_PLACEMENT_ABSENCE');
  if (placements.length === 0) return null;
  return (
    <Box>
      <Typography variant="subtitle1">{translate('absence.placements')}</Typography>
      <SitePageTable minWidth={640} data-placement-ledger>
        <TableHead>
          <TableRow>
            <TableCell>{translate('absence.unit')}</TableCell>
            <TableCell>{translate('absence.period')}</TableCell>
            <TableCell>{translate('absence.absence_days')}</TableCell>
            <TableCell>{translate('absence.service_days')}</TableCell>
            <TableCell>{translate('absence.judgement')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {placements.map((placement) => (
            <TableRow key={placement.placementId} data-placement-ledger-row={placement.placementId}>
              <TableCell lang="sv">{placement.unit?.name ?? '–'}</TableCell>
              <TableCell>
                <DateRange from={placement.startDate} to={placement.endDate} />
              </TableCell>
              <TableCell>{text.days(placement.absenceDays)}</TableCell>
              <TableCell>{text.days(placement.serviceDays)}</TableCell>
              <TableCell data-judgement={placement.judgement ? String(placement.judgement.acceptable) : undefined}>
                {placement.judgement ? (
                  <>
                    <Chip
                      size="small"
                      color={placement.judgement.acceptable ? 'success' : 'error'}
                      label={translate(placement.judgement.acceptable ? 'absence.acceptable' : 'absence.not_acceptable')}
                    />
                    <Typography component="span" variant="caption" sx={{ display: 'block', color: 'text.secondary' }}>
                      {translate('absence.judged_by', { name: placement.judgement.judgedByName, date: text.date(placement.judgement.judgedAt) })}
                      {placement.judgement.note ? ` · ${placement.judgement.note}` : ''}
                    </Typography>
                  </>
                ) : (
                  translate('absence.not_judged')
                )}
                {/* under the judgement, not in a column of its own, so the table fits 800 px */}
                {mayJudge && (
                  <Button size="small" variant="outlined" sx={{ display: 'flex', mt: 0.5 }} onClick={() => setJudging(placement)}>
                    {translate('absence.judge')}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </SitePageTable>
      {judging && (
        <JudgePlacementDialog
          traineeId={traineeId}
          placement={judging}
          onClose={() => setJudging(undefined)}
          onDone={() => {
            setJudging(undefined);
            onJudged();
          }}
        />
      )}
    </Box>
  );
}

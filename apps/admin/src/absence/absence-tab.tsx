import { useEffect, useState } from 'react';
import { Alert, Box, Button, Chip, Stack, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { useGraphQLAction } from '../data/use-graphql-action';
import { useToday } from '../data/use-today';
import { SitePageTable } from '../common/site-page';
import { ConsequenceDialog } from '../common/consequence-dialog';
import { hasPermission, type Permissions } from '../permissions';
import { TRAINEE_ABSENCE, WITHDRAW_ABSENCE, type Absence, type AbsenceWarning, type ServiceLedger } from './absence-operations';
import { ServiceLedgerPanel } from './service-ledger-panel';
import { AbsenceTimeline } from './absence-timeline';
import { ApplyAbsenceDialog } from './apply-absence-dialog';
import { PlacementLedgerTable } from './placement-ledger-table';
import { AbsenceWarnings, DateRange, useAbsenceText } from './use-absence-text';

const STATUS_CHIPS = { APPLIED: 'warning', APPROVED: 'success', REFUSED: 'error', WITHDRAWN: 'default' } as const;

/** A withdrawable absence: an application, or approved leave that has not started (the server decides). */
const withdrawable = (absence: Absence, today: string | undefined) =>
  absence.status === 'APPLIED' || (absence.status === 'APPROVED' && today !== undefined && absence.startDate > today);

/**
 * ABS-1–ABS-12 on the trainee page: the service ledger at the top, the absence calendar over the BT
 * period, the absences with their status and warnings, and per placement the absence with the
 * judgement (ABS-2). The trainee applies for herself, HR and admin support for her; what is shown of
 * sick leave and VAB the server decides ("Frånvaro" only, for most).
 */
export function AbsenceTab() {
  const trainee = useRecordContext<{ id: string; siteId?: string; name?: string }>();
  const { permissions } = usePermissions<Permissions>();
  const graphql = useGraphQL();
  const translate = useTranslate();
  const notify = useNotify();
  const today = useToday();
  const text = useAbsenceText();
  const [shown, setShown] = useState<{ absences: Absence[]; ledger: ServiceLedger }>();
  const [applying, setApplying] = useState(false);
  const [warnings, setWarnings] = useState<AbsenceWarning[]>();
  const [withdrawing, setWithdrawing] = useState<Absence>();
  const withdraw = useGraphQLAction({ showsRefusal: true });
  const load = () =>
    graphql<{ traineeAbsences: Absence[]; traineeServiceLedger: ServiceLedger }>(TRAINEE_ABSENCE, { traineeId: trainee!.id }).then(
      (data) => setShown({ absences: data.traineeAbsences, ledger: data.traineeServiceLedger }),
      (error: Error) => notify(error.message, { type: 'error', multiLine: true }),
    );
  useEffect(() => {
    if (trainee) load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [trainee?.id]);
  if (!trainee || !shown) return null;
  const { absences, ledger } = shown;
  // the trainee for herself, HR and admin support for anyone (the server checks the row)
  const mayApply = hasPermission(permissions, 'APPLY_ABSENCE');
  return (
    <Stack spacing={3} data-absence-tab>
      <ServiceLedgerPanel ledger={ledger} />
      {warnings && (
        <Alert severity={warnings.length ? 'warning' : 'success'} data-applied-warnings onClose={() => setWarnings(undefined)}>
          {translate(warnings.length ? 'absence.applied_with_warnings' : 'absence.applied')}
          {warnings.map((warning) => (
            <div key={warning.code} data-warning={warning.code}>
              {text.warning(warning)}
            </div>
          ))}
        </Alert>
      )}
      <Box>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
          <Typography variant="subtitle1">{translate('absence.calendar')}</Typography>
          {mayApply && (
            <Button variant="contained" onClick={() => setApplying(true)}>
              {translate('absence.apply')}
            </Button>
          )}
        </Stack>
        <AbsenceTimeline absences={absences} employmentStart={ledger.employmentStart} employmentEnd={ledger.employmentEnd} />
      </Box>
      {absences.length === 0 ? (
        <Typography>{translate('absence.no_absences')}</Typography>
      ) : (
        <SitePageTable minWidth={600} data-absence-table>
          <TableHead>
            <TableRow>
              <TableCell>{translate('absence.kind')}</TableCell>
              <TableCell>{translate('absence.dates')}</TableCell>
              <TableCell>{translate('absence.percent')}</TableCell>
              <TableCell>{translate('absence.status')}</TableCell>
              <TableCell>{translate('absence.decided_by')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {absences.map((absence) => (
              <TableRow key={absence.id} data-absence={absence.id} data-status={absence.status}>
                <TableCell data-absence-label sx={{ maxWidth: 360 }}>
                  {text.kind(absence)}
                  {absence.unpaid && (
                    <Typography component="span" variant="caption" sx={{ display: 'block', color: 'text.secondary' }}>
                      {translate('absence.unpaid')}
                    </Typography>
                  )}
                  {absence.note && (
                    <Typography component="span" variant="caption" sx={{ display: 'block', color: 'text.secondary' }}>
                      {absence.note}
                    </Typography>
                  )}
                  <AbsenceWarnings warnings={absence.warnings} />
                </TableCell>
                <TableCell>
                  <DateRange from={absence.startDate} to={absence.endDate} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('absence.percent_value', { percent: absence.percent })}</TableCell>
                <TableCell>
                  <Chip size="small" color={STATUS_CHIPS[absence.status]} label={translate(`absenceStatuses.${absence.status}`)} />
                  {mayApply && withdrawable(absence, today) && (
                    <Button size="small" variant="outlined" sx={{ display: 'flex', mt: 1 }} onClick={() => setWithdrawing(absence)}>
                      {translate('absence.withdraw')}
                    </Button>
                  )}
                </TableCell>
                <TableCell>
                  {absence.decidedByName ?? '–'}
                  {absence.decisionReason && (
                    <Typography component="span" variant="caption" sx={{ display: 'block', color: 'text.secondary' }}>
                      {absence.decisionReason}
                    </Typography>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </SitePageTable>
      )}
      <PlacementLedgerTable traineeId={trainee.id} placements={ledger.placements} onJudged={load} />
      {applying && (
        <ApplyAbsenceDialog
          traineeId={trainee.id}
          onClose={() => setApplying(false)}
          onApplied={(absence) => {
            setApplying(false);
            setWarnings(absence.warnings);
            load();
          }}
        />
      )}
      {withdrawing && (
        <ConsequenceDialog
          open
          title={translate('absence.withdraw_title', { kind: text.kind(withdrawing), dates: text.dates(withdrawing.startDate, withdrawing.endDate) })}
          consequences={[translate('absence.withdraw_consequence')]}
          confirmLabel={translate('absence.withdraw')}
          error={withdraw.refusal}
          onClose={() => setWithdrawing(undefined)}
          onConfirm={() =>
            withdraw.run(WITHDRAW_ABSENCE, { id: withdrawing.id, version: withdrawing.version }, () => {
              notify('absence.withdrawn', { type: 'success' });
              setWithdrawing(undefined);
              load();
            })
          }
        />
      )}
    </Stack>
  );
}

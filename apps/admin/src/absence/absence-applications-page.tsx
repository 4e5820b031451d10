import { useEffect, useState } from 'react';
import { Box, Button, Card, CardContent, Chip, LinearProgress, Stack, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { SitePageTable } from '../common/site-page';
import { WorkListPagination } from '../common/work-list-pagination';
import { ABSENCE_APPLICATION_PAGE, TRAINEE_SERVICE_LEDGER, type AbsenceApplication, type ServiceLedger } from './absence-operations';
import { DecideAbsenceDialog } from './decide-absence-dialog';
import { ServiceLedgerPanel } from './service-ledger-panel';
import { PlacementLedgerTable } from './placement-ledger-table';
import { AbsenceWarnings, DateRange, useAbsenceText } from './use-absence-text';

const PER_PAGE = 25;

/**
 * ABS-3, ABS-9, ABS-12: the applications for leave that wait for the signed-in person's decision (a
 * head of unit's units, HR for the vårdval, the Director's individual kinds), by first day, a page at a
 * time; each approved or refused after a question, and then gone from the list. A trainee's service
 * ledger opens beside the list (a head of unit has no trainee page) and follows the decisions.
 */
export function AbsenceApplicationsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const graphql = useGraphQL();
  const text = useAbsenceText();
  const [page, setPage] = useState(1);
  const [shown, setShown] = useState<{ total: number; items: AbsenceApplication[]; page: number }>();
  const [reads, setReads] = useState(0);
  const [deciding, setDeciding] = useState<{ application: AbsenceApplication; approve: boolean }>();
  const [ledgerOf, setLedgerOf] = useState<{ trainee: AbsenceApplication['trainee']; ledger?: ServiceLedger }>();
  useEffect(() => {
    let current = true;
    graphql<{ absenceApplicationPage: { total: number; items: AbsenceApplication[] } }>(ABSENCE_APPLICATION_PAGE, { page, perPage: PER_PAGE }).then(
      (data) => current && setShown({ ...data.absenceApplicationPage, page }),
      (error: Error) => notify(error.message, { type: 'error', multiLine: true }),
    );
    return () => {
      current = false;
    };
  }, [page, reads]); // eslint-disable-line react-hooks/exhaustive-deps
  const traineeId = ledgerOf?.trainee.id;
  useEffect(() => {
    if (!traineeId) return;
    let current = true;
    graphql<{ traineeServiceLedger: ServiceLedger }>(TRAINEE_SERVICE_LEDGER, { traineeId }).then(
      (data) => current && setLedgerOf((shownLedger) => shownLedger && { ...shownLedger, ledger: data.traineeServiceLedger }),
      (error: Error) => notify(error.message, { type: 'error', multiLine: true }),
    );
    return () => {
      current = false;
    };
  }, [traineeId, reads]); // eslint-disable-line react-hooks/exhaustive-deps
  const lastPage = shown ? Math.max(1, Math.ceil(shown.total / PER_PAGE)) : 1;
  // deciding the last row of the last page leaves that page empty: show the one before
  useEffect(() => {
    if (page > lastPage) setPage(lastPage);
  }, [page, lastPage]);
  return (
    <Card sx={{ mt: 2 }} data-absence-applications>
      <Title title="absence.applications" />
      <CardContent>
        <Stack spacing={2}>
          {!shown || shown.page !== page ? <LinearProgress /> : null}
          {shown && (
            <SitePageTable minWidth={660} data-absence-application-table>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('absence.trainee')}</TableCell>
                  <TableCell>{translate('absence.kind')}</TableCell>
                  <TableCell>{translate('absence.dates')}</TableCell>
                  <TableCell>{translate('absence.deciding_unit')}</TableCell>
                  <TableCell>{translate('absence.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {shown.items.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={5} data-no-absence-applications>
                      {translate('absence.no_applications')}
                    </TableCell>
                  </TableRow>
                )}
                {shown.items.map((application) => (
                  <TableRow key={application.id} data-absence-application={application.id} data-trainee={application.trainee.id}>
                    <TableCell sx={{ minWidth: 110 }}>{application.trainee.name}</TableCell>
                    <TableCell>
                      {text.kind(application)}
                      <Typography component="span" variant="caption" sx={{ display: 'block', color: 'text.secondary' }}>
                        {`${translate('absence.applied_on')} ${text.date(application.appliedOn)}`}
                        {application.note ? ` · ${application.note}` : ''}
                      </Typography>
                      <AbsenceWarnings warnings={application.warnings} />
                    </TableCell>
                    <TableCell>
                      <DateRange from={application.startDate} to={application.endDate} />
                      {application.percent !== 100 && (
                        <Typography component="span" variant="caption" sx={{ display: 'block' }}>
                          {translate('absence.percent_value', { percent: application.percent })}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell lang="sv">{application.decidingUnit?.name ?? '–'}</TableCell>
                    <TableCell>
                      <Stack spacing={1} sx={{ alignItems: 'flex-start', '& button': { whiteSpace: 'nowrap' } }}>
                        <Button size="small" variant="contained" onClick={() => setDeciding({ application, approve: true })}>
                          {translate('absence.approve')}
                        </Button>
                        <Button size="small" variant="outlined" color="error" onClick={() => setDeciding({ application, approve: false })}>
                          {translate('absence.refuse')}
                        </Button>
                        <Button size="small" onClick={() => setLedgerOf({ trainee: application.trainee })}>
                          {translate('absence.show_ledger')}
                        </Button>
                      </Stack>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </SitePageTable>
          )}
          {shown && <WorkListPagination total={shown.total} page={shown.page} perPage={PER_PAGE} messages="absence" onPage={setPage} />}
          {ledgerOf && (
            <Box data-ledger-of={ledgerOf.trainee.id} sx={{ borderTop: 1, borderColor: 'divider', pt: 2 }}>
              <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1 }}>
                <Typography variant="subtitle1">{translate('absence.ledger_of', { name: ledgerOf.trainee.name })}</Typography>
                <Chip size="small" label="×" onClick={() => setLedgerOf(undefined)} aria-label={translate('ra.action.close')} />
              </Stack>
              {ledgerOf.ledger ? (
                <Stack spacing={2}>
                  <ServiceLedgerPanel ledger={ledgerOf.ledger} />
                  <PlacementLedgerTable
                    traineeId={ledgerOf.trainee.id}
                    placements={ledgerOf.ledger.placements}
                    onJudged={() => setReads((count) => count + 1)}
                  />
                </Stack>
              ) : (
                <LinearProgress />
              )}
            </Box>
          )}
        </Stack>
      </CardContent>
      {deciding && (
        <DecideAbsenceDialog
          application={deciding.application}
          approve={deciding.approve}
          onClose={() => setDeciding(undefined)}
          onDone={() => {
            setDeciding(undefined);
            setReads((count) => count + 1);
          }}
        />
      )}
    </Card>
  );
}

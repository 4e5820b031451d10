import { useEffect, useState } from 'react';
import {
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Link as MuiLink,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Link, Title, useGetList, useNotify, usePermissions, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { useGraphQLAction } from '../data/use-graphql-action';
import { useToday } from '../data/use-today';
import { useIsoDateText } from '../common/iso-date-field';
import { ConsequenceDialog } from '../common/consequence-dialog';
import { SiteSelect, type Site } from '../common/site-select';
import { WorkListPagination } from '../common/work-list-pagination';
import { hasPermission, reachesSite, type Permissions } from '../permissions';
import {
  EXTRA_HOURS_FLAG_PAGE,
  EXTRA_HOURS_RECONCILIATIONS,
  RECONCILE_EXTRA_HOURS_QUARTER,
  type ExtraHoursFlag,
  type ExtraHoursReconciliation,
} from './working-time-operations';
import { useWorkingTimeFormat } from './working-time-format';
import { ExtraHoursChart } from './extra-hours-chart';
import { ExtraHoursPlanDialog } from './extra-hours-plan-dialog';

const PER_PAGE = 10;
const ALL = 'all';

/** The last quarter that has ended on `today`: the list opens on it. */
function lastEndedQuarter(today: string): { year: number; quarter: number } {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  return quarter === 0 ? { year: year - 1, quarter: 4 } : { year, quarter };
}

/**
 * ABS-6: after each quarter, the trainees over 60 h in it or on course for 250 h in the year, a page at
 * a time, with the plans the (deputy) Director made with each (PLAN_EXTRA_HOURS; the deputy only their
 * own site, ORG-1) and a chart of their hours; HR (RECORD_WORKING_TIME) reconciles a site's quarter here.
 */
export function ExtraHoursPage() {
  const today = useToday();
  if (!today) return <LinearProgress sx={{ mt: 2 }} />;
  return <ExtraHoursList today={today} />;
}

function ExtraHoursList({ today }: { today: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const graphql = useGraphQL();
  const date = useIsoDateText();
  const { hours: h, monthName } = useWorkingTimeFormat();
  const { permissions } = usePermissions<Permissions>();
  const { data: allSites } = useGetList<Site>('sites');
  const ownSite = permissions?.find((grant) => grant.permission === 'PLAN_EXTRA_HOURS' && grant.scope === 'OWN_SITE')?.siteId ?? undefined;
  const sites = ownSite ? allSites?.filter((site) => site.id === ownSite) : allSites;
  const mayPlan = hasPermission(permissions, 'PLAN_EXTRA_HOURS');
  const mayReconcile = hasPermission(permissions, 'RECORD_WORKING_TIME');
  const opening = lastEndedQuarter(today);
  const [year, setYear] = useState(opening.year);
  const [quarter, setQuarter] = useState(opening.quarter);
  const [chosenSite, setSite] = useState<string>();
  const siteId = chosenSite ?? ownSite ?? ALL;
  const [page, setPage] = useState(1);
  const [reads, setReads] = useState(0);
  const [shown, setShown] = useState<{ total: number; items: ExtraHoursFlag[]; key: string; page: number }>();
  const [reconciliations, setReconciliations] = useState<ExtraHoursReconciliation[]>();
  const [planning, setPlanning] = useState<ExtraHoursFlag>();
  const [confirming, setConfirming] = useState(false);
  const { run, busy, refusal } = useGraphQLAction({ showsRefusal: true });
  const key = `${year}/${quarter}/${siteId}/${page}/${reads}`;
  useEffect(() => {
    let current = true;
    graphql<{ extraHoursFlagPage: { total: number; items: ExtraHoursFlag[] } }>(EXTRA_HOURS_FLAG_PAGE, {
      year,
      quarter,
      siteId: siteId === ALL ? null : siteId,
      page,
      perPage: PER_PAGE,
    }).then(
      (data) => current && setShown({ ...data.extraHoursFlagPage, key, page }),
      (error: Error) => notify(error.message, { type: 'error', multiLine: true }),
    );
    if (mayReconcile)
      graphql<{ extraHoursReconciliations: ExtraHoursReconciliation[] }>(EXTRA_HOURS_RECONCILIATIONS, { year }).then(
        (data) => current && setReconciliations(data.extraHoursReconciliations),
        (error: Error) => notify(error.message, { type: 'error', multiLine: true }),
      );
    return () => {
      current = false;
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const again = () => setReads((count) => count + 1);
  const thisYear = Number(today.slice(0, 4));
  const years = [thisYear - 1, thisYear];
  const siteName = sites?.find((site) => site.id === siteId)?.name ?? '';
  const reconciliation = reconciliations?.find((r) => r.site.id === siteId && r.quarter === quarter);
  const reconcile = () =>
    run<{ reconcileExtraHoursQuarter: { flaggedCount: number } }>(RECONCILE_EXTRA_HOURS_QUARTER, { siteId, year, quarter }, (result) => {
      setConfirming(false);
      notify(translate('extraHours.reconcile_done', { count: result.reconcileExtraHoursQuarter.flaggedCount }), { type: 'success' });
      again();
    });
  const choose = (change: () => void) => {
    change();
    setPage(1);
  };
  return (
    <Card sx={{ mt: 2 }} data-extra-hours-page>
      <Title title="extraHours.title" />
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <SiteSelect
              label={translate('extraHours.site')}
              sites={sites}
              value={sites ? siteId : ''}
              onChange={(id) => choose(() => setSite(id))}
              all={ownSite ? undefined : [ALL, translate('extraHours.all_sites')]}
              width={200}
            />
            <TextField
              select
              size="small"
              label={translate('extraHours.year')}
              value={year}
              onChange={(e) => choose(() => setYear(Number(e.target.value)))}
              sx={{ width: 110 }}
            >
              {years.map((option) => (
                <MenuItem key={option} value={option}>
                  {option}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={translate('extraHours.quarter')}
              value={quarter}
              onChange={(e) => choose(() => setQuarter(Number(e.target.value)))}
              sx={{ width: 130 }}
            >
              {[1, 2, 3, 4].map((option) => (
                <MenuItem key={option} value={option}>
                  {translate('workingTime.quarter_name', { quarter: option })}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          {mayReconcile && (
            <Stack
              direction="row"
              spacing={2}
              useFlexGap
              sx={{ flexWrap: 'wrap', alignItems: 'center' }}
              data-reconciliation={reconciliation ? 'done' : 'open'}
            >
              <Typography variant="body2">
                {siteId === ALL
                  ? translate('extraHours.choose_site')
                  : reconciliation
                    ? translate('extraHours.reconciled_on', {
                        date: date(reconciliation.reconciledAt.slice(0, 10)),
                        name: reconciliation.reconciledBy?.name ?? '–',
                        count: reconciliation.flaggedCount,
                      })
                    : translate('extraHours.not_reconciled')}
              </Typography>
              <Button variant="outlined" disabled={siteId === ALL || busy} onClick={() => setConfirming(true)}>
                {translate('extraHours.reconcile')}
              </Button>
            </Stack>
          )}
          {shown?.key !== key && <LinearProgress />}
          {shown && shown.items.length > 0 && <ExtraHoursChart flags={shown.items} />}
          {shown && (
            <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
              <Table size="small" sx={{ minWidth: 880 }} data-extra-hours-flags={shown.total}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('extraHours.trainee')}</TableCell>
                    <TableCell align="right">{translate('extraHours.quarter_hours')}</TableCell>
                    <TableCell align="right">{translate('extraHours.year_hours')}</TableCell>
                    <TableCell>{translate('extraHours.projection')}</TableCell>
                    <TableCell>{translate('extraHours.plans')}</TableCell>
                    {mayPlan && <TableCell>{translate('extraHours.actions')}</TableCell>}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {shown.items.length === 0 && (
                    <TableRow>
                      <TableCell colSpan={6} data-no-flags>
                        {translate('extraHours.none', { quarter, year })}
                      </TableCell>
                    </TableRow>
                  )}
                  {shown.items.map((flag) => (
                    <TableRow key={flag.id} data-flag={flag.trainee.id} sx={{ verticalAlign: 'top' }}>
                      <TableCell>
                        <MuiLink component={Link} to={`/trainees/${flag.trainee.id}/show/working-time`}>
                          {flag.trainee.name}
                        </MuiLink>
                        <Typography component="span" variant="caption" sx={{ display: 'block' }} lang="sv">
                          {flag.site.name}
                        </Typography>
                      </TableCell>
                      <TableCell align="right">
                        {h(flag.quarterHours)}
                        {flag.overQuarterAlert && (
                          <Chip size="small" color="warning" label={translate('extraHours.over_alert')} sx={{ display: 'flex', mt: 0.5 }} />
                        )}
                      </TableCell>
                      <TableCell align="right">{h(flag.yearHours)}</TableCell>
                      <TableCell>{flag.capMonth === null ? '–' : translate('extraHours.cap_in', { month: monthName(flag.capMonth) })}</TableCell>
                      <TableCell data-plans={flag.plans.length} sx={{ minWidth: 220 }}>
                        {flag.plans.length === 0 ? (
                          <Typography variant="body2" color="text.secondary">
                            {translate('extraHours.no_plan')}
                          </Typography>
                        ) : (
                          flag.plans.map((plan) => (
                            <Box key={plan.id} sx={{ mb: 0.5 }}>
                              <Typography variant="body2" lang="sv" sx={{ whiteSpace: 'pre-wrap' }}>
                                {plan.plan}
                              </Typography>
                              <Typography variant="caption" color="text.secondary">
                                {translate('extraHours.plan_by', { date: date(plan.plannedOn), name: plan.recordedBy?.name ?? '–' })}
                              </Typography>
                            </Box>
                          ))
                        )}
                      </TableCell>
                      {mayPlan && (
                        <TableCell>
                          {reachesSite(permissions, 'PLAN_EXTRA_HOURS', flag.site.id) && (
                            <Button size="small" variant="outlined" sx={{ whiteSpace: 'nowrap' }} onClick={() => setPlanning(flag)}>
                              {translate('extraHours.record_plan')}
                            </Button>
                          )}
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
          {shown && <WorkListPagination total={shown.total} page={shown.page} perPage={PER_PAGE} onPage={setPage} messages="extraHours" />}
        </Stack>
      </CardContent>
      {planning && (
        <ExtraHoursPlanDialog
          flag={planning}
          today={today}
          onClose={() => setPlanning(undefined)}
          onDone={() => {
            setPlanning(undefined);
            again();
          }}
        />
      )}
      <ConsequenceDialog
        open={confirming}
        title={translate('extraHours.reconcile_title', { quarter, year, site: siteName })}
        consequences={[translate('extraHours.reconcile_consequence'), translate('extraHours.reconcile_once')]}
        confirmLabel={translate('extraHours.reconcile_confirm')}
        onConfirm={reconcile}
        onClose={() => setConfirming(false)}
        error={refusal}
      />
    </Card>
  );
}

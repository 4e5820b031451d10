import { useEffect, useState } from 'react';
import { Alert, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { useGraphQLAction } from '../data/use-graphql-action';
import { useIsoDateText } from '../common/iso-date-field';
import { RECORD_EXTRA_HOURS, TRAINEE_EXTRA_HOURS, type ExtraHoursYear } from './working-time-operations';
import { parseHours, useWorkingTimeFormat } from './working-time-format';

/**
 * ABS-6: a trainee's extra hours in a year, per month and per quarter (the 60 h alert, whether HR has
 * reconciled), the year against the 250 h cap with the projection, and the 48 h average as a warning;
 * HR records a month's figure, which replaces the month's earlier one.
 */
export function ExtraHoursSection({ traineeId, year, mayRecord, defaultMonth }: { traineeId: string; year: number; mayRecord: boolean; defaultMonth: string }) {
  const graphql = useGraphQL();
  const translate = useTranslate();
  const notify = useNotify();
  const date = useIsoDateText();
  const { hours: h, monthName } = useWorkingTimeFormat();
  const [shown, setShown] = useState<ExtraHoursYear & { key: string }>();
  const [reads, setReads] = useState(0);
  const [month, setMonth] = useState(defaultMonth);
  const [typed, setTyped] = useState('');
  const { run, busy, fieldError } = useGraphQLAction();
  const key = `${traineeId}/${year}`;
  useEffect(() => {
    let current = true;
    graphql<{ traineeExtraHours: ExtraHoursYear }>(TRAINEE_EXTRA_HOURS, { traineeId, year }).then(
      (data) => current && setShown({ ...data.traineeExtraHours, key }),
      (error: Error) => notify(error.message, { type: 'error', multiLine: true }),
    );
    return () => {
      current = false;
    };
  }, [key, reads]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!shown) return null;
  const record = () =>
    run(RECORD_EXTRA_HOURS, { traineeId, month, hours: parseHours(typed) }, () => {
      notify('workingTime.recorded', { type: 'success' });
      setTyped('');
      setReads((count) => count + 1);
    });
  const cap = h(shown.capHours);
  const projection =
    shown.capMonth === null
      ? translate('workingTime.cap_not_projected')
      : translate(shown.capReached ? 'workingTime.cap_reached' : 'workingTime.cap_projected', { cap, month: monthName(shown.capMonth) });
  return (
    <Stack spacing={2} data-extra-hours={year}>
      <Typography variant="subtitle1">{translate('workingTime.extra_hours')}</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {shown.quarters.map((quarter) => (
          <Stack
            key={quarter.quarter}
            spacing={0.5}
            sx={{ border: 1, borderColor: quarter.overAlert ? 'warning.main' : 'divider', borderRadius: 1, p: 1, minWidth: 150 }}
            data-quarter={quarter.quarter}
            data-over-alert={quarter.overAlert || undefined}
            data-reconciled={quarter.reconciled || undefined}
          >
            <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
              {translate('workingTime.quarter_name', { quarter: quarter.quarter })}
            </Typography>
            <Typography>{translate('workingTime.hours_value', { hours: h(quarter.hours) })}</Typography>
            <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
              {quarter.overAlert && <Chip size="small" color="warning" label={translate('workingTime.over_alert')} />}
              <Chip
                size="small"
                variant="outlined"
                color={quarter.reconciled ? 'success' : 'default'}
                label={translate(quarter.reconciled ? 'workingTime.reconciled' : 'workingTime.not_reconciled')}
              />
            </Stack>
          </Stack>
        ))}
      </Stack>
      <Alert severity={shown.capMonth !== null ? 'warning' : 'info'} data-projection>
        {translate('workingTime.year_total', { year, hours: h(shown.yearHours), cap })} {translate('workingTime.rate', { hours: h(shown.monthlyRateHours) })}{' '}
        {projection}
      </Alert>
      {shown.warnings.map((warning) => (
        <Alert key={`${warning.code}/${warning.from}`} severity="warning" data-warning={warning.code}>
          {translate('workingTime.average_week_warning', { from: date(warning.from), to: date(warning.to) })}
        </Alert>
      ))}
      {shown.months.length === 0 ? (
        <Typography>{translate('workingTime.none_months', { year })}</Typography>
      ) : (
        <Table size="small" sx={{ maxWidth: 420 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('workingTime.month')}</TableCell>
              <TableCell align="right">{translate('workingTime.hours')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.months.map((row) => (
              <TableRow key={row.id} data-month={row.month} data-hours={row.hours}>
                <TableCell>{`${monthName(Number(row.month.slice(5)))} ${row.month.slice(0, 4)}`}</TableCell>
                <TableCell align="right">{h(row.hours)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {mayRecord && (
        <Stack spacing={1}>
          <Typography variant="subtitle1">{translate('workingTime.record_title')}</Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('workingTime.record_replaces')}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
            <TextField
              size="small"
              type="month"
              label={translate('workingTime.record_month')}
              value={month}
              onChange={(event) => setMonth(event.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ width: 200 }}
              {...fieldError('month')}
            />
            <TextField
              size="small"
              label={translate('workingTime.record_hours')}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              error={typed !== '' && parseHours(typed) === undefined}
              sx={{ width: 140 }}
              {...fieldError('hours')}
            />
            <Button variant="contained" disabled={busy || !month || parseHours(typed) === undefined} onClick={record}>
              {translate('workingTime.record_save')}
            </Button>
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}

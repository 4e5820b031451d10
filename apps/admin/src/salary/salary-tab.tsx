import { useEffect, useState } from 'react';
import { Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from '@mui/material';
import { useLocaleState, useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { useGraphQLAction } from '../data/use-graphql-action';
import { useToday } from '../data/use-today';
import { reachesSite, type Permissions } from '../permissions';
import { formattingLocale } from '../i18n/i18n-provider';
import { formatOre, kronorToOre } from './money';
import { SET_TRAINEE_SALARY, TRAINEE_SALARIES, type TraineeSalary } from './salary-operations';
import { useIsoDateText } from '../common/iso-date-field';

/** A trainee's negotiated salary (EMP-2) with its history, and a new salary from a date where the person may set it (ORG-1). */
export function SalaryTab() {
  const trainee = useRecordContext<{ id: string; siteId?: string }>();
  const { permissions } = usePermissions<Permissions>();
  const graphql = useGraphQL();
  const translate = useTranslate();
  const date = useIsoDateText();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [history, setHistory] = useState<TraineeSalary[]>();
  const [amount, setAmount] = useState('');
  const today = useToday();
  const [typedValidFrom, setValidFrom] = useState<string>();
  const validFrom = typedValidFrom ?? today ?? '';
  const { run, busy, fieldError } = useGraphQLAction();
  const [note, setNote] = useState('');
  const load = () =>
    graphql<{ traineeSalaries: TraineeSalary[] }>(TRAINEE_SALARIES, { traineeId: trainee!.id }).then(
      (data) => setHistory(data.traineeSalaries),
      (error: Error) => notify(error.message, { type: 'error' }),
    );
  useEffect(() => {
    if (trainee) load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [trainee?.id]);
  if (!trainee || !history) return null;
  const money = (ore: number) => formatOre(ore, formattingLocale(locale));
  const save = () =>
    run(SET_TRAINEE_SALARY, { traineeId: trainee.id, monthlyOre: kronorToOre(amount), validFrom, note: note || null }, () => {
      notify('salary.saved', { type: 'success' });
      setAmount('');
      setNote('');
      load();
    });
  return (
    <Stack spacing={2}>
      <Typography variant="subtitle1">{translate('salary.history')}</Typography>
      {history.length === 0 ? (
        <Typography>{translate('salary.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('salary.valid_from')}</TableCell>
              <TableCell>{translate('salary.monthly')}</TableCell>
              <TableCell />
              <TableCell>{translate('salary.decided_by')}</TableCell>
              <TableCell>{translate('salary.note')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {history.map((salary) => (
              <TableRow key={salary.id} data-salary={salary.monthlyOre}>
                <TableCell>{date(salary.validFrom)}</TableCell>
                <TableCell>{money(salary.monthlyOre)}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={salary.withinGuideline ? 'success' : 'warning'}
                    label={translate(salary.withinGuideline ? 'salary.within_guideline' : 'salary.outside_guideline')}
                  />
                </TableCell>
                <TableCell>{`${salary.decidedBy.name} ${salary.decidedAt.slice(0, 10)}`}</TableCell>
                <TableCell>{salary.note ?? '–'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {reachesSite(permissions, 'SET_SALARY', trainee.siteId) && (
        <>
          <Typography variant="subtitle1">{translate('salary.set')}</Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <MuiTextField
              size="small"
              label={`${translate('salary.monthly')} (${translate('salary.unit')})`}
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              error={amount !== '' && kronorToOre(amount) === undefined}
              {...fieldError('monthlyOre')}
            />
            <MuiTextField
              size="small"
              type="date"
              label={translate('salary.valid_from')}
              value={validFrom}
              onChange={(e) => setValidFrom(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
              {...fieldError('validFrom')}
            />
            <MuiTextField size="small" label={translate('salary.note')} value={note} onChange={(e) => setNote(e.target.value)} {...fieldError('note')} />
            <Button variant="contained" disabled={busy || kronorToOre(amount) === undefined || !validFrom} onClick={save}>
              {translate('ra.action.save')}
            </Button>
          </Stack>
        </>
      )}
    </Stack>
  );
}

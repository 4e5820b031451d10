import { useEffect, useState } from 'react';
import { Button, Card, CardContent, CardHeader, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField } from '@mui/material';
import { Loading, Title, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { useGraphQLAction } from '../data/use-graphql-action';
import { useToday } from '../data/use-today';
import { formattingLocale } from '../i18n/i18n-provider';
import { hasPermission, type Permissions } from '../permissions';
import { formatOre, kronorToOre } from './money';
import { SALARY_GUIDELINES, SET_SALARY_GUIDELINE, type SalaryGuideline } from './salary-operations';

/** EMP-2: the central guideline range per year; the Director sets it, the deputy and HR read it. */
export function SalaryGuidelinesPage() {
  const graphql = useGraphQL();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<Permissions>();
  const [guidelines, setGuidelines] = useState<SalaryGuideline[]>();
  const today = useToday();
  const [typedYear, setYear] = useState<string>();
  // by default next year's level, the one being decided
  const year = typedYear ?? (today ? String(Number(today.slice(0, 4)) + 1) : '');
  const { run, busy, fieldError } = useGraphQLAction();
  const [min, setMin] = useState('');
  const [max, setMax] = useState('');
  const load = () =>
    graphql<{ salaryGuidelines: SalaryGuideline[] }>(SALARY_GUIDELINES).then(
      (data) => setGuidelines(data.salaryGuidelines),
      (error: Error) => notify(error.message, { type: 'error' }),
    );
  useEffect(() => {
    load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const save = () =>
    run(
      SET_SALARY_GUIDELINE,
      {
        year: Number(year),
        minMonthlyOre: kronorToOre(min),
        maxMonthlyOre: kronorToOre(max),
        // replacing a year's guideline names the version shown; a new year has none
        version: guidelines?.find((guideline) => guideline.year === Number(year))?.version,
      },
      () => {
        notify('salary.guideline_saved', { type: 'success' });
        load();
      },
      // someone else set the year meanwhile: show their range, keep what was typed for a deliberate second save
      (error) => error.status === 409 && load(),
    );
  if (!guidelines) return <Loading />;
  const money = (ore: number) => formatOre(ore, formattingLocale(locale));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="salary.guidelines" />
      <CardHeader title={translate('salary.guidelines')} />
      <CardContent>
        <Table size="small" sx={{ maxWidth: 600 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('salary.year')}</TableCell>
              <TableCell>{translate('salary.min')}</TableCell>
              <TableCell>{translate('salary.max')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {guidelines.map((guideline) => (
              <TableRow key={guideline.id}>
                <TableCell>{guideline.year}</TableCell>
                <TableCell>{money(guideline.minMonthlyOre)}</TableCell>
                <TableCell>{money(guideline.maxMonthlyOre)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {hasPermission(permissions, 'SET_SALARY_GUIDELINE') && (
          <Stack direction="row" useFlexGap spacing={1} sx={{ mt: 2, alignItems: 'flex-start', flexWrap: 'wrap', maxWidth: 800 }}>
            <MuiTextField
              size="small"
              sx={{ width: 200 }}
              type="number"
              label={translate('salary.year')}
              value={year}
              onChange={(e) => setYear(e.target.value)}
              {...fieldError('year')}
            />
            <MuiTextField
              size="small"
              sx={{ width: 200 }}
              label={`${translate('salary.min')} (${translate('salary.unit')})`}
              value={min}
              onChange={(e) => setMin(e.target.value)}
              {...fieldError('minMonthlyOre')}
            />
            <MuiTextField
              size="small"
              sx={{ width: 200 }}
              label={`${translate('salary.max')} (${translate('salary.unit')})`}
              value={max}
              onChange={(e) => setMax(e.target.value)}
              {...fieldError('maxMonthlyOre')}
            />
            <Button
              variant="contained"
              sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: 0.5 }}
              disabled={busy || !year || !kronorToOre(min) || !kronorToOre(max)}
              onClick={save}
            >
              {translate('salary.set_guideline')}
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

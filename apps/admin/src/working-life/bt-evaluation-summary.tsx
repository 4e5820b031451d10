import { useEffect, useState } from 'react';
import { Alert, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { formattingLocale } from '../i18n/i18n-provider';
import { reachesSite, type Permissions } from '../permissions';
import { BT_EVALUATION_SUMMARY, type BtEvaluationSummary } from './working-life-operations';

/** EMP-6: the cohort's evaluations of BT, anonymous, for the Director, the directors of studies and the deputy of the site (ORG-1). */
export function BtEvaluationSummarySection(_props: { label?: false }) {
  const cohort = useRecordContext<{ id: string; siteId?: string; site?: { id: string } }>();
  const { permissions } = usePermissions<Permissions>();
  const graphql = useGraphQL();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [summary, setSummary] = useState<BtEvaluationSummary>();
  const allowed = !!cohort && reachesSite(permissions, 'READ_BT_EVALUATION_SUMMARY', cohort.siteId ?? cohort.site?.id);
  useEffect(() => {
    if (allowed)
      graphql<{ btEvaluationSummary: BtEvaluationSummary }>(BT_EVALUATION_SUMMARY, { cohortId: cohort!.id }).then((data) =>
        setSummary(data.btEvaluationSummary),
      );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cohort?.id, allowed]);
  if (!allowed || !summary) return null;
  const number = new Intl.NumberFormat(formattingLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <Stack spacing={1} sx={{ maxWidth: 700 }} data-evaluation-summary={summary.answers}>
      <Typography variant="subtitle1">{translate('workingLife.summary_title')}</Typography>
      <Typography variant="body2">{translate('workingLife.summary_answers', { smart_count: summary.answers })}</Typography>
      {!summary.shown ? (
        <Alert severity="info">{translate('workingLife.summary_too_few')}</Alert>
      ) : (
        <>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('workingLife.summary_question')}</TableCell>
                <TableCell align="right">{translate('workingLife.summary_average')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {summary.averages.map((row) => (
                <TableRow key={row.question}>
                  <TableCell>{translate(`workingLife.question.${row.question}`)}</TableCell>
                  <TableCell align="right">{row.average === null ? '–' : number.format(row.average)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {summary.freeTexts.map((text, index) => (
            <Typography key={index} variant="body2" sx={{ fontStyle: 'italic' }}>
              {`”${text}”`}
            </Typography>
          ))}
        </>
      )}
    </Stack>
  );
}

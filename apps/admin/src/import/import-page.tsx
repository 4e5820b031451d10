import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  CardContent,
  CardHeader,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { Title, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { importSizeProblems } from '@bt/domain/input-limits';
import { problemText } from '../data/graphql-error';
import { useGraphQL } from '../data/use-graphql';
import { csvBatches, splitCsvRecords } from './csv-records';

const IMPORT = `mutation ($roundId: ID!, $csv: String!) { importApplications(roundId: $roundId, csv: $csv) {
  created unchanged errors { line reason } } }`;

interface ImportResult {
  created: number;
  unchanged: number;
  errors: { line: number; reason: string }[];
}

const BATCH_SIZE = 50;

/** CSV import of the job portal's export with progress and per-line errors (a failing row saves nothing). */
export function ImportPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const graphql = useGraphQL();
  const { data: rounds } = useGetList<{ id: string; name: string }>('recruitmentRounds', { pagination: { page: 1, perPage: 100 } });
  const [roundId, setRoundId] = useState('');
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [result, setResult] = useState<ImportResult>();

  const start = async () => {
    if (!file || !roundId) return;
    // REC-1: the server's limits for a whole file, checked before anything is sent (the size before the file is read)
    const tooLarge = importSizeProblems({ bytes: file.size });
    const text = tooLarge.length ? '' : await file.text();
    const refused = tooLarge.length ? tooLarge : importSizeProblems({ bytes: file.size, rows: splitCsvRecords(text).length - 1 });
    if (refused.length) {
      notify(refused.map((problem) => problemText(problem, { translate, getLocale: () => locale })).join(' '), { type: 'error', multiLine: true });
      return;
    }
    const batches = csvBatches(text, BATCH_SIZE);
    const total = batches.reduce((sum, batch) => sum + batch.rows, 0);
    const summary: ImportResult = { created: 0, unchanged: 0, errors: [] };
    setResult(undefined);
    setProgress({ done: 0, total });
    try {
      for (const batch of batches) {
        const { importApplications } = await graphql<{ importApplications: ImportResult }>(IMPORT, { roundId, csv: batch.csv });
        summary.created += importApplications.created;
        summary.unchanged += importApplications.unchanged;
        summary.errors.push(...importApplications.errors.map((error) => ({ ...error, line: batch.fileLines[error.line - 1] ?? error.line })));
        setProgress((current) => ({ total, done: (current?.done ?? 0) + batch.rows }));
      }
      setResult(summary);
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
      setResult(summary);
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="recruitment.import" />
      <CardHeader title={translate('recruitment.import')} />
      <CardContent>
        <Stack spacing={2} sx={{ maxWidth: 800 }}>
          <Typography>{translate('recruitment.import_intro')}</Typography>
          <MuiTextField select label={translate('recruitment.import_round')} value={roundId} onChange={(e) => setRoundId(e.target.value)}>
            {(rounds ?? []).map((round) => (
              <MenuItem key={round.id} value={round.id}>
                {round.name}
              </MenuItem>
            ))}
          </MuiTextField>
          <Button variant="outlined" component="label">
            {file ? file.name : translate('recruitment.import_file')}
            <input hidden type="file" accept=".csv,text/csv" data-import-file onChange={(e) => setFile(e.target.files?.[0])} />
          </Button>
          <Button variant="contained" disabled={!file || !roundId || (progress && !result)} onClick={start}>
            {translate('recruitment.import_start')}
          </Button>
          {progress && (
            <Stack spacing={0.5}>
              <LinearProgress variant="determinate" value={progress.total ? (progress.done / progress.total) * 100 : 100} />
              <Typography variant="caption">{translate('recruitment.import_progress', { done: progress.done, total: progress.total })}</Typography>
            </Stack>
          )}
          {result && (
            <Alert severity={result.errors.length ? 'warning' : 'success'} data-import-result>
              {translate('recruitment.import_done', { created: result.created, unchanged: result.unchanged, errors: result.errors.length })}
            </Alert>
          )}
          {result && result.errors.length > 0 && (
            <Table size="small" aria-label={translate('recruitment.import_errors')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('recruitment.line')}</TableCell>
                  <TableCell>{translate('recruitment.reason')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.errors.map((error) => (
                  <TableRow key={`${error.line}-${error.reason}`}>
                    <TableCell>{error.line}</TableCell>
                    <TableCell>{error.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}

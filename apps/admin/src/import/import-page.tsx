import { useState } from 'react';
import { Alert, Button, Card, CardContent, CardHeader, LinearProgress, MenuItem, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { Title, useGetList, useNotify, usePermissions, useTranslate } from 'react-admin';
import type { Problem } from '@bt/domain';
import { csvColumns, csvEmptyProblem, decodeCsvFile, parseCsv } from '@bt/domain/csv-file';
import { importSizeProblems } from '@bt/domain/input-limits';
import { useGraphQL } from '../data/use-graphql';
import { useProblemText } from '../data/use-problem-text';
import { csvBatches } from './import-batches';
import { ImportPreviewPanel, type ImportPreview } from './import-preview';
import { ImportLineTable, type ImportLine } from './import-line-table';
import { hasPermission, type Permissions } from '../permissions';
import { IMPORT_KINDS, importMutation, type ImportKind, type ImportKindId } from './import-kinds';

/** Lines not saved, and lines saved that should be checked (REC-1: late, or dated long before the advert). */
interface ImportResult {
  created: number;
  unchanged: number;
  errors: ImportLine[];
  warnings: ImportLine[];
}

const BATCH_SIZE = 50;

/**
 * REC-1: reads a chosen file as Excel saves it (decodeCsvFile, parseCsv) and checks its size, or says
 * precisely why it cannot be imported.
 */
async function readFile(file: File, kind: ImportKind): Promise<{ preview?: ImportPreview; refused: Problem[] }> {
  // the server's limits for a whole file, the size before the file is read
  const tooLarge = importSizeProblems({ bytes: file.size });
  if (tooLarge.length) return { refused: tooLarge };
  const decoded = decodeCsvFile(new Uint8Array(await file.arrayBuffer()));
  if (decoded.problems.length) return { refused: decoded.problems };
  const parsed = parseCsv(decoded.text);
  const [header] = parsed.records;
  if (!header) return { refused: parsed.problems.length ? parsed.problems.flatMap((line) => line.problems) : [csvEmptyProblem()] };
  const tooMany = importSizeProblems({ bytes: file.size, rows: parsed.records.length - 1 });
  if (tooMany.length) return { refused: tooMany };
  const { columns, problems } = csvColumns(header.fields, kind.columns);
  const { encoding } = decoded;
  const { separator, records } = parsed;
  return { preview: { fileName: file.name, encoding, separator, records, columns, headerProblems: problems, lineProblems: parsed.problems }, refused: [] };
}

/**
 * CSV import of the job portal's export into a round, the payroll system's absences or time reporting's
 * extra hours (issue 12 part 6), as the viewer's permissions allow: the file is read in the browser and
 * previewed (encoding, separator, rows, column mapping, first rows) before anything is saved; then sent in
 * batches with progress, and the result given per line (a failing row saves nothing). Cancel returns to
 * the choice. `initialKind` is what the page opens with (the HR menu entry opens absences).
 */
export function ImportPage({ initialKind = 'applications' }: { initialKind?: ImportKindId }) {
  const { permissions } = usePermissions<Permissions>();
  const kinds = IMPORT_KINDS.filter((candidate) => hasPermission(permissions, candidate.permission));
  const [kindId, setKindId] = useState<ImportKindId>(initialKind);
  const kind = kinds.find((candidate) => candidate.id === kindId) ?? kinds[0] ?? IMPORT_KINDS[0];
  const translate = useTranslate();
  const problemText = useProblemText();
  const notify = useNotify();
  const graphql = useGraphQL();
  const { data: rounds } = useGetList<{ id: string; name: string }>('recruitmentRounds', { pagination: { page: 1, perPage: 100 } }, { enabled: kind.round });
  const [roundId, setRoundId] = useState('');
  const [preview, setPreview] = useState<ImportPreview>();
  const [refused, setRefused] = useState<{ fileName: string; problems: Problem[] }>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [result, setResult] = useState<ImportResult>();
  const importing = Boolean(progress && !result);

  const reset = () => {
    setPreview(undefined);
    setRefused(undefined);
    setProgress(undefined);
    setResult(undefined);
  };

  const choose = async (file: File | undefined) => {
    reset();
    if (!file) return;
    const read = await readFile(file, kind);
    setPreview(read.preview);
    if (read.refused.length) setRefused({ fileName: file.name, problems: read.refused });
  };

  const start = async () => {
    if (!preview || (kind.round && !roundId)) return;
    const batches = csvBatches(preview.records, BATCH_SIZE);
    const total = batches.reduce((sum, batch) => sum + batch.rows, 0);
    const summary: ImportResult = {
      created: 0,
      unchanged: 0,
      errors: preview.lineProblems.map(({ line, reason, problems }) => ({ line, reason, problems })),
      warnings: [],
    };
    const inFile = (batch: { fileLines: number[] }) => (line: ImportLine) => ({ ...line, line: batch.fileLines[line.line - 1] ?? line.line });
    setProgress({ done: 0, total });
    try {
      for (const batch of batches) {
        const variables = kind.round ? { roundId, csv: batch.csv } : { csv: batch.csv };
        const { [kind.mutation]: saved } = await graphql<Record<string, ImportResult>>(importMutation(kind), variables);
        summary.created += saved.created;
        summary.unchanged += saved.unchanged;
        summary.errors.push(...saved.errors.map(inFile(batch)));
        summary.warnings.push(...saved.warnings.map(inFile(batch)));
        setProgress((current) => ({ total, done: (current?.done ?? 0) + batch.rows }));
      }
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
    }
    const byLine = (a: ImportLine, b: ImportLine) => a.line - b.line;
    setResult({ ...summary, errors: summary.errors.sort(byLine), warnings: summary.warnings.sort(byLine) });
  };

  const rows = preview ? preview.records.length - 1 : 0;
  const ready = preview && !preview.headerProblems.length && rows > 0;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="dataImport.title" />
      <CardHeader title={translate(kind.round ? 'recruitment.import' : `dataImport.kinds.${kind.id}`)} />
      <CardContent>
        <Stack spacing={2} sx={{ maxWidth: 1000 }}>
          {kinds.length > 1 && (
            <MuiTextField
              select
              label={translate('dataImport.kind')}
              value={kind.id}
              onChange={(e) => {
                reset();
                setKindId(e.target.value as ImportKindId);
              }}
              disabled={importing}
              sx={{ maxWidth: 600 }}
              data-import-kind
            >
              {kinds.map((candidate) => (
                <MenuItem key={candidate.id} value={candidate.id}>
                  {translate(`dataImport.kinds.${candidate.id}`)}
                </MenuItem>
              ))}
            </MuiTextField>
          )}
          <Typography>{translate(kind.round ? 'recruitment.import_intro' : `dataImport.intro.${kind.id}`)}</Typography>
          {kind.round && (
            <MuiTextField
              select
              label={translate('recruitment.import_round')}
              value={roundId}
              onChange={(e) => setRoundId(e.target.value)}
              disabled={importing}
              sx={{ maxWidth: 600 }}
            >
              {(rounds ?? []).map((round) => (
                <MenuItem key={round.id} value={round.id}>
                  {round.name}
                </MenuItem>
              ))}
            </MuiTextField>
          )}
          {!preview && (
            <Button variant="outlined" component="label" sx={{ alignSelf: 'flex-start' }}>
              {translate('recruitment.import_file')}
              <input
                hidden
                type="file"
                accept=".csv,text/csv"
                data-import-file
                onChange={(e) => {
                  void choose(e.target.files?.[0]);
                  e.target.value = '';
                }}
              />
            </Button>
          )}
          {refused && (
            <Alert severity="error" data-import-refused>
              {translate('recruitment.import_file_refused', { file: refused.fileName })} {refused.problems.map(problemText).join(' ')}
            </Alert>
          )}
          {preview && !result && <ImportPreviewPanel preview={preview} kind={kind} />}
          {preview && !result && (
            <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
              <Button variant="contained" disabled={!ready || (kind.round && !roundId) || importing} onClick={start}>
                {translate(kind.round ? 'recruitment.import_start' : 'dataImport.start', { smart_count: rows })}
              </Button>
              <Button onClick={reset} disabled={importing}>
                {translate('ra.action.cancel')}
              </Button>
              {ready && kind.round && !roundId && <Typography variant="body2">{translate('recruitment.import_choose_round')}</Typography>}
            </Stack>
          )}
          {progress && (
            <Stack spacing={0.5}>
              <LinearProgress variant="determinate" value={progress.total ? (progress.done / progress.total) * 100 : 100} />
              <Typography variant="caption">{translate('recruitment.import_progress', { done: progress.done, total: progress.total })}</Typography>
            </Stack>
          )}
          {result && (
            <Alert severity={result.errors.length ? 'warning' : 'success'} data-import-result>
              {translate('recruitment.import_done', {
                created: translate('recruitment.import_created', { smart_count: result.created }),
                unchanged: translate('recruitment.import_unchanged', { smart_count: result.unchanged }),
                errors: translate('recruitment.import_error_rows', { smart_count: result.errors.length }),
              })}
            </Alert>
          )}
          {result && <ImportLineTable title={translate('recruitment.import_errors')} lines={result.errors} kind="errors" />}
          {result && <ImportLineTable title={translate('recruitment.import_warnings')} lines={result.warnings} kind="warnings" />}
          {result && (
            <Button variant="outlined" onClick={reset} sx={{ alignSelf: 'flex-start' }}>
              {translate('recruitment.import_another')}
            </Button>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}

import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CsvEncoding, CsvRecord, CsvSeparator, LineProblem } from '@bt/domain/csv-file';
import type { CsvFileColumn } from '@bt/domain/csv-file';
import type { ColumnKey } from '@bt/domain/recruitment-csv';
import type { Problem } from '@bt/domain';
import { useProblemText } from '../data/use-problem-text';
import type { ImportKind } from './import-kinds';

/** What the dashboard read from a chosen file before anything is saved (REC-1). */
export interface ImportPreview {
  fileName: string;
  encoding: CsvEncoding;
  separator: CsvSeparator;
  /** The readable records, header first. */
  records: CsvRecord[];
  columns: CsvFileColumn<string>[];
  /** What stops the whole file (unknown or missing columns). */
  headerProblems: Problem[];
  /** Records that could not be read (a quote left open): reported with the result, never sent. */
  lineProblems: LineProblem[];
}

const FIRST_ROWS = 5;
const MERITS: ColumnKey[] = [
  'underlakareMonthsSweden',
  'underlakareMonthsRegion',
  'doctoralDegree',
  'researchMerits',
  'otherHigherEducation',
  'earlierEmploymentInRegion',
];
const SEPARATOR_NAMES: Record<CsvSeparator, string> = { ';': 'semicolon', ',': 'comma' };

/** The application field a column of the applications file is read as, in words. */
export function fieldLabel(key: ColumnKey): string {
  return MERITS.includes(key) ? `resources.applications.fields.merits.${key}` : `resources.applications.fields.${key}`;
}

/**
 * A wide table scrolls in its own box: with no width of its own (and the full width as its minimum) it
 * does not widen react-admin's layout, which is as wide as its content.
 */
const scrolls = { overflowX: 'auto', width: 0, minWidth: '100%' } as const;
const cellText = { whiteSpace: 'nowrap', maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis' } as const;

/**
 * REC-1: the chosen file before it is imported: its encoding and separator in words, its number of rows,
 * how each of its columns is read (unknown and missing required columns marked) and its first rows.
 */
export function ImportPreviewPanel({ preview, kind }: { preview: ImportPreview; kind: ImportKind }) {
  const translate = useTranslate();
  const problemText = useProblemText();
  const [header, ...rows] = preview.records;
  const missing = kind.columns.filter((column) => column.required && !preview.columns.some((fileColumn) => fileColumn.key === column.key));
  return (
    <Stack spacing={2} data-import-preview>
      <Typography variant="h6" component="h2">
        {translate('recruitment.import_preview', { file: preview.fileName })}
      </Typography>
      <Typography data-import-summary>
        {translate('recruitment.import_summary', {
          encoding: translate(`recruitment.import_encodings.${preview.encoding}`),
          separator: translate(`recruitment.import_separators.${SEPARATOR_NAMES[preview.separator]}`),
          rows: translate(kind.round ? 'recruitment.import_rows' : 'dataImport.rows', { smart_count: rows.length }),
        })}
      </Typography>
      {preview.headerProblems.length > 0 && (
        <Alert severity="error" data-import-refused>
          {translate('recruitment.import_header_refused')} {preview.headerProblems.map(problemText).join(' ')}
        </Alert>
      )}
      {preview.lineProblems.length > 0 && (
        <Alert severity="warning">
          {translate('recruitment.import_unreadable_rows', { smart_count: preview.lineProblems.length })}{' '}
          {preview.lineProblems.map((line) => `${translate('recruitment.line')} ${line.line}: ${line.problems.map(problemText).join(' ')}`).join(' ')}
        </Alert>
      )}
      <Box sx={scrolls}>
        <Table size="small" aria-label={translate('recruitment.import_mapping')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('recruitment.import_file_column')}</TableCell>
              <TableCell>{translate('recruitment.import_read_as')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {preview.columns.map((column, index) => (
              <TableRow key={`${index}-${column.name}`} data-column-known={column.key ? 'true' : 'false'}>
                <TableCell lang="sv">{column.name}</TableCell>
                <TableCell sx={column.key ? undefined : { color: 'error.main', fontWeight: 500 }}>
                  {column.key ? translate(kind.fieldLabel(column.key)) : translate('recruitment.import_unknown_column')}
                </TableCell>
              </TableRow>
            ))}
            {missing.map((column) => (
              <TableRow key={column.key} data-column-missing>
                <TableCell sx={{ color: 'error.main', fontWeight: 500 }}>{translate('recruitment.import_column_missing', { column: column.header })}</TableCell>
                <TableCell>{translate(kind.fieldLabel(column.key))}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {rows.length > 0 && (
        <>
          <Typography variant="subtitle1" component="h3">
            {translate('recruitment.import_first_rows', { smart_count: Math.min(rows.length, FIRST_ROWS) })}
          </Typography>
          <Box sx={scrolls}>
            <Table size="small" aria-label={translate('recruitment.import_first_rows', { smart_count: Math.min(rows.length, FIRST_ROWS) })}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('recruitment.line')}</TableCell>
                  {header.fields.map((name, index) => (
                    <TableCell key={index} lang="sv" sx={cellText}>
                      {name}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.slice(0, FIRST_ROWS).map((record) => (
                  <TableRow key={record.line}>
                    <TableCell>{record.line}</TableCell>
                    {record.fields.map((value, index) => (
                      <TableCell key={index} sx={cellText} title={value}>
                        {value}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </>
      )}
    </Stack>
  );
}

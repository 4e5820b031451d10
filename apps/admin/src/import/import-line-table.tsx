import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Problem } from '@bt/domain';
import type { Notice } from '../data/graphql-error';
import { useProblemText } from '../data/use-problem-text';
import { useNoticeText } from '../common/use-notice-text';

/** A line of the import file with what was found on it: the server's notices, or the problems the dashboard found reading the file. */
export interface ImportLine {
  line: number;
  reason: string;
  notices?: Notice[];
  problems?: Problem[];
}

/** The lines of one kind (not saved, or saved to check) under a heading, each said in the chosen language. */
export function ImportLineTable({ title, lines, kind }: { title: string; lines: ImportLine[]; kind: 'errors' | 'warnings' }) {
  const translate = useTranslate();
  const problemText = useProblemText();
  const say = useNoticeText();
  const text = (line: ImportLine) => (line.problems ? line.problems.map(problemText) : (line.notices ?? []).map(say)).join(' ');
  if (lines.length === 0) return null;
  return (
    <>
      <Typography variant="subtitle2">{title}</Typography>
      <Table size="small" aria-label={title} data-import-lines={kind}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('recruitment.line')}</TableCell>
            <TableCell>{translate('recruitment.reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={`${line.line}-${line.reason}`}>
              <TableCell>{line.line}</TableCell>
              <TableCell>{text(line)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

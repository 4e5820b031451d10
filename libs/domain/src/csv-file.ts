import Papa from 'papaparse';
import { problem, type Problem, type ProblemDetails } from './problem';

// The product reads one kind of CSV file: the job portal's export of applications (REC-1), in the
// dashboard (preview, batches), on the server and on the command line. All of them decode and parse
// here, with papaparse for the fields. The dashboard imports this file and recruitment-csv as
// '@bt/domain/csv-file' and '@bt/domain/recruitment-csv' (see input-limits).

/** How the bytes of a file were read: UTF-8 (with or without Excel's byte-order mark) or Windows-1252. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** The separators a file may use: Excel writes semicolons on Swedish Windows, commas elsewhere. */
export type CsvSeparator = ';' | ',';

/** One record of a CSV file: its fields, the file lines it starts and ends on (the header is line 1) and those lines' text (LF line ends). */
export interface CsvRecord {
  line: number;
  lastLine: number;
  fields: string[];
  text: string;
}

/** What is wrong with one line of an import file: every problem (each with `params.line`), and their messages as one reason. */
export interface LineProblem {
  line: number;
  reason: string;
  problems: Problem[];
}

/** A line's problems as a LineProblem; each problem gets the line in its params (REC-1: the import reports the file's lines). */
export function lineProblem(line: number, problems: readonly Problem[]): LineProblem {
  const listed = problems.map((item) => ({ ...item, params: { ...item.params, line } }));
  return { line, reason: listed.map((item) => item.message).join(' '), problems: listed };
}

/** A problem with a file of the import (REC-1). */
export function csvFileProblem(code: string, message: string, details: ProblemDetails = {}): Problem {
  return problem(code, message, { rule: 'REC-1', ...details });
}

/** REC-1: a file with nothing in it. */
export function csvEmptyProblem(): Problem {
  return csvFileProblem('CSV_EMPTY', 'Filen är tom; första raden ska vara rubrikerna.');
}

const SAVE_AS_CSV = 'Spara filen som CSV UTF-8 (kommaavgränsad) i Excel och försök igen.';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);

/** Half or more of the first 200 bytes' odd or even positions NUL: text in UTF-16 without its byte-order mark. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 200);
  const nulAt = (parity: number) => sample.filter((byte, index) => index % 2 === parity && byte === 0).length;
  return sample.length >= 2 && Math.max(nulAt(0), nulAt(1)) * 2 >= sample.length / 2;
}

/** What a file that is no CSV text is, in words and what to do, or undefined for text. */
function binaryProblem(bytes: Uint8Array): Problem | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return csvFileProblem(
      'CSV_FILE_XLSX',
      'Filen är en Excel-arbetsbok (.xlsx), inte en CSV-fil. Öppna den i Excel, välj Spara som och filformatet CSV UTF-8 (kommaavgränsad), och importera den nya filen.',
    );
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return csvFileProblem(
      'CSV_FILE_XLS',
      'Filen är en äldre Excel-arbetsbok (.xls), inte en CSV-fil. Öppna den i Excel, välj Spara som och filformatet CSV UTF-8 (kommaavgränsad), och importera den nya filen.',
    );
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16(bytes)) {
    return csvFileProblem('CSV_FILE_UTF16', `Filen är sparad som Unicode-text (UTF-16), som importen inte läser. ${SAVE_AS_CSV}`);
  }
  return undefined;
}

// eslint-disable-next-line no-control-regex -- the control characters no text file has
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/**
 * Windows-1252's characters for the bytes 0x80–0x9F (the WHATWG Encoding Standard's index). Chromium's
 * TextDecoder maps them; Node's decodes them as Latin-1 control characters since 20.18.3 (nodejs/node
 * issue 60888), so the decoded text gets them mapped here, which changes nothing where they were mapped.
 */
const WINDOWS_1252_80_TO_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
// bytes that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to these
const UNDEFINED_IN_WINDOWS_1252 = /[\u0081\u008D\u008F\u0090\u009D]/;

/**
 * REC-1: the text of an import file as people have it from Excel: UTF-8 with or without a byte-order
 * mark (the mark dropped), or else Windows-1252 (Excel's "CSV (semikolonavgränsad)" on Swedish Windows,
 * å ä ö as single bytes). An Excel workbook, UTF-16 text, a binary file, an empty file or bytes that
 * are neither are refused with a problem that says what the file is and what to do.
 */
export function decodeCsvFile(bytes: Uint8Array): { text: string; encoding: CsvEncoding; problems: Problem[] } {
  const refused = (found: Problem) => ({ text: '', encoding: 'utf-8' as const, problems: [found] });
  const known = binaryProblem(bytes);
  if (known) return refused(known);
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  let text: string;
  let encoding: CsvEncoding;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    encoding = bom ? 'utf-8-bom' : 'utf-8';
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009F]/g, (char) => WINDOWS_1252_80_TO_9F[char.charCodeAt(0) - 0x80]);
    encoding = 'windows-1252';
  }
  if (CONTROL_CHARACTERS.test(text)) return refused(csvFileProblem('CSV_FILE_BINARY', `Filen är ingen textfil och alltså ingen CSV-fil. ${SAVE_AS_CSV}`));
  if (encoding === 'windows-1252' && UNDEFINED_IN_WINDOWS_1252.test(text)) {
    return refused(csvFileProblem('CSV_FILE_ENCODING_UNKNOWN', `Filens teckenkodning känns inte igen (varken UTF-8 eller Windows-1252). ${SAVE_AS_CSV}`));
  }
  if (text.trim() === '') return refused(csvEmptyProblem());
  return { text, encoding, problems: [] };
}

/**
 * Parses CSV text with papaparse: the separator (semicolon or comma) is detected; fields may be quoted,
 * a quoted field may hold separators, line breaks and doubled quotes (""); a byte-order mark and CRLF,
 * LF or CR line ends are accepted (a line break in a field becomes LF); blank lines and lines of empty
 * fields are skipped. Each record knows the file lines it spans and their text (to send it on in
 * batches). A malformed quote is reported on the line its record starts, and that record is left out.
 */
export function parseCsv(csv: string): { records: CsvRecord[]; separator: CsvSeparator; problems: LineProblem[] } {
  const text = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  const problems: LineProblem[] = [];
  let separator: CsvSeparator = ';';
  let offset = 0;
  let line = 1;
  /** The file line of `position`, counting on from the last position asked for. */
  const lineAt = (position: number) => {
    for (; offset < position; offset += 1) if (text[offset] === '\n') line += 1;
    return line;
  };
  let end = 0;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ','],
    skipEmptyLines: 'greedy',
    step: ({ data, errors, meta }) => {
      separator = meta.delimiter === ',' ? ',' : ';';
      // the lines of separators and blanks that papaparse skipped before this record
      const skipped = new RegExp(`(?:[ \\t${separator}]*\\n)*`, 'y');
      skipped.lastIndex = end;
      skipped.test(text);
      const start = skipped.lastIndex;
      const first = lineAt(start);
      end = meta.cursor;
      const stop = text[end - 1] === '\n' ? end - 1 : end;
      const last = lineAt(stop);
      if (errors.some((error) => error.type === 'Quotes')) {
        const unclosed = errors.some((error) => error.code === 'MissingQuotes');
        problems.push(
          lineProblem(first, [
            unclosed
              ? csvFileProblem('CSV_QUOTE_NOT_CLOSED', 'Ett citattecken (") öppnas men stängs aldrig; kontrollera raden.')
              : csvFileProblem('CSV_QUOTE_MISPLACED', 'Ett citattecken (") står mitt i ett fält inom citattecken; skriv det dubbelt ("") eller ta bort det.'),
          ]),
        );
      } else {
        records.push({ line: first, lastLine: last, fields: data, text: text.slice(start, stop) });
      }
    },
  });
  return { records, separator, problems };
}

/** A column an import file may have: its key, its Swedish heading (lower case) and whether it must be there. */
export interface CsvColumn<K extends string> {
  key: K;
  header: string;
  required: boolean;
}

/** A column of an import file: its heading as written and the known column it is, if any. */
export interface CsvFileColumn<K extends string> {
  name: string;
  key?: K;
}

/** A heading as compared with the known ones: a hint in parentheses dropped, spaces collapsed, lower case. */
function headerKey(header: string): string {
  return header
    .replace(/\(.*\)/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * REC-1: the columns of an import file's heading line, each with the known column it is read as, and what
 * stops the whole file: a column it does not know (so that no misspelt field is lost), a required column
 * missing, a column twice, or a heading line separated by tabs. Shared by every kind of import file.
 */
export function csvColumns<K extends string>(header: readonly string[], known: readonly CsvColumn<K>[]): { columns: CsvFileColumn<K>[]; problems: Problem[] } {
  const keys = header.map(headerKey);
  const columns = header.map((name, index) => ({ name: name.trim(), key: known.find((column) => column.header === keys[index])?.key }));
  if (header.length === 1 && header[0].includes('\t')) {
    const message = 'Filen är tabbavgränsad (Text eller Unicode-text i Excel). Spara filen som CSV UTF-8 (kommaavgränsad) i Excel och försök igen.';
    return { columns, problems: [csvFileProblem('CSV_TAB_SEPARATED', message)] };
  }
  const names = known.map((column) => column.header).join('; ');
  const problems = [
    ...columns.filter((column) => !column.key).map(({ name }) => csvFileProblem('CSV_UNKNOWN_COLUMN', `Okänd kolumn "${name}".`, { field: name })),
    ...known
      .filter((column) => column.required && !keys.includes(column.header))
      .map((column) => csvFileProblem('CSV_COLUMN_MISSING', `Kolumnen "${column.header}" saknas.`, { field: column.header })),
    ...(new Set(keys).size !== keys.length ? [csvFileProblem('CSV_COLUMN_REPEATED', 'En kolumn förekommer mer än en gång.')] : []),
  ];
  if (problems.length === 0) return { columns, problems };
  const expected = csvFileProblem('CSV_HEADER_EXPECTED', `Rubrikraden ska ha kolumnerna (separerade med semikolon eller komma): ${names}.`, {
    params: { columns: names },
  });
  return { columns, problems: [...problems, expected] };
}

/**
 * REC-1: reads an import file's text (bytes are decoded by decodeCsvFile) as a table of `known` columns:
 * each record is handed to `fromRow` with its fields by column (trimmed, '' for a column the file does not
 * have) and becomes a row or one error naming its file line and every problem. A record with another
 * number of fields than the heading is an error; a heading line csvColumns refuses refuses the whole file.
 */
export function readCsvTable<K extends string, R>(
  text: string,
  known: readonly CsvColumn<K>[],
  fromRow: (value: (key: K) => string) => { row: R; problems: Problem[] },
): { rows: { line: number; row: R }[]; errors: LineProblem[] } {
  const parsed = parseCsv(text);
  const [header, ...records] = parsed.records;
  if (!header) return { rows: [], errors: parsed.problems.length > 0 ? parsed.problems : [lineProblem(1, [csvEmptyProblem()])] };
  const { columns, problems: headerProblems } = csvColumns(header.fields, known);
  if (headerProblems.length > 0) return { rows: [], errors: [lineProblem(header.line, headerProblems)] };
  const rows: { line: number; row: R }[] = [];
  const errors: LineProblem[] = [...parsed.problems];
  const separatorName = parsed.separator === ',' ? 'kommatecken' : 'semikolon';
  for (const record of records) {
    if (record.fields.length !== columns.length) {
      const message = `Raden har ${record.fields.length} fält men rubrikraden ${columns.length}; kontrollera ${separatorName} och citattecken.`;
      errors.push(
        lineProblem(record.line, [csvFileProblem('CSV_FIELD_COUNT', message, { params: { fields: record.fields.length, columns: columns.length } })]),
      );
      continue;
    }
    const value = (key: K) => {
      const index = columns.findIndex((column) => column.key === key);
      return index < 0 ? '' : record.fields[index].trim();
    };
    const result = fromRow(value);
    if (result.problems.length > 0) errors.push(lineProblem(record.line, result.problems));
    else rows.push({ line: record.line, row: result.row });
  }
  return { rows, errors: errors.sort((a, b) => a.line - b.line) };
}

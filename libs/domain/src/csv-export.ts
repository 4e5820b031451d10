import { stringify } from 'csv-stringify/sync';

/** A cell a spreadsheet would read as a formula or a command (OWASP "CSV injection"), also in full-width forms. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Every file the system exports for a spreadsheet: semicolon-separated UTF-8 CSV with CRLF line ends,
 * written by csv-stringify (quotes fields with separators, quotes or line breaks, doubling quotes).
 * Against formula injection (OWASP), a cell that starts with = + - @, tab or carriage return gets a
 * leading ' (csv-stringify's escape_formulas) and is quoted, so the spreadsheet shows it as text.
 */
export function csvExport(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header, ...rows], { delimiter: ';', record_delimiter: '\r\n', escape_formulas: true, quoted_match: FORMULA_START });
}

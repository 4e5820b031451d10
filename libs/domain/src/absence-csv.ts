import { AbsenceKind, AbsenceStatus } from './absence-rules';
import { lineProblem, readCsvTable, type CsvColumn, type LineProblem } from './csv-file';
import { isIsoDate, type IsoDate } from './iso-date';
import { parsePersonalIdentityNumber } from './personal-identity-number';
import { problem, type Problem } from './problem';
import { extraHoursProblems } from './working-time-extra-hours';

// Issue 12 part 6: absences from the payroll/HR system (PA-portal) and extra hours from time reporting
// arrive as CSV files saved by Excel. They are read with the same parser and heading check as the
// recruitment import (readCsvTable, REC-1); the rules of the rows are the manual entry's (ABS-3, ABS-6).

export type AbsenceColumnKey = 'personalIdentityNumber' | 'kind' | 'startDate' | 'endDate' | 'percent' | 'status';

/** The payroll system's absence export: Swedish headings in any order; omfattning defaults to 100, status to beviljad. */
export const ABSENCE_CSV_COLUMNS: CsvColumn<AbsenceColumnKey>[] = [
  { key: 'personalIdentityNumber', header: 'personnummer', required: true },
  { key: 'kind', header: 'typ', required: true },
  { key: 'startDate', header: 'från', required: true },
  { key: 'endDate', header: 'till', required: true },
  { key: 'percent', header: 'omfattning', required: false },
  { key: 'status', header: 'status', required: false },
];

/** The kinds as the payroll system writes them (and the product's own Swedish names), any case. */
const KIND_WORDS: Record<string, AbsenceKind> = {
  semester: AbsenceKind.VACATION,
  sjuk: AbsenceKind.SICK_LEAVE,
  sjukfrånvaro: AbsenceKind.SICK_LEAVE,
  vab: AbsenceKind.CARE_OF_SICK_CHILD,
  'vård av sjukt barn': AbsenceKind.CARE_OF_SICK_CHILD,
  föräldraledig: AbsenceKind.PARENTAL_LEAVE,
  föräldraledighet: AbsenceKind.PARENTAL_LEAVE,
  tjänstledig: AbsenceKind.LEAVE_OF_ABSENCE,
  tjänstledighet: AbsenceKind.LEAVE_OF_ABSENCE,
  forskning: AbsenceKind.RESEARCH_LEAVE,
  forskningsledighet: AbsenceKind.RESEARCH_LEAVE,
  kurs: AbsenceKind.EXTERNAL_COURSE,
  'extern kurs': AbsenceKind.EXTERNAL_COURSE,
  jourkomp: AbsenceKind.ON_CALL_COMPENSATION_LEAVE,
  jourkompledighet: AbsenceKind.ON_CALL_COMPENSATION_LEAVE,
};

const STATUS_WORDS: Record<string, AbsenceStatus.APPROVED | AbsenceStatus.APPLIED> = {
  beviljad: AbsenceStatus.APPROVED,
  sökt: AbsenceStatus.APPLIED,
};

/** One line of the absence file, read and checked on its own (the trainee, employment and overlaps are the server's). */
export interface ImportedAbsence {
  personalIdentityNumber: string;
  kind: AbsenceKind;
  startDate: IsoDate;
  endDate: IsoDate;
  percent: number;
  status: AbsenceStatus.APPROVED | AbsenceStatus.APPLIED;
}

/** A personnummer column as the stored form, or its problem (the person is looked up by the server). */
function identity(text: string, today: IsoDate): { value: string; problems: Problem[] } {
  const result = parsePersonalIdentityNumber(text, new Date(`${today}T12:00:00Z`));
  if (result.valid) return { value: result.normalized, problems: [] };
  return { value: text, problems: [problem(result.code, `${result.reason} (kolumnen personnummer)`, { field: 'personnummer', params: { value: text } })] };
}

/**
 * ABS-3: reads the payroll system's absence export. A line names a known kind (semester, sjuk, vab,
 * föräldraledig, tjänstledig, forskning, kurs, jourkomp), dates as ÅÅÅÅ-MM-DD with från not after till,
 * omfattning as whole per cent 1–100 (a trailing % allowed, empty = 100) and status beviljad or sökt
 * (empty = beviljad); otherwise it is an error naming its line and every problem.
 */
export function readAbsenceCsv(text: string, today: IsoDate): { rows: { line: number; row: ImportedAbsence }[]; errors: LineProblem[] } {
  return readCsvTable(text, ABSENCE_CSV_COLUMNS, (value) => {
    const person = identity(value('personalIdentityNumber'), today);
    const problems = [...person.problems];
    const kind = KIND_WORDS[value('kind').toLowerCase()];
    if (!kind) {
      const message = `Typen "${value('kind')}" känns inte igen; ange semester, sjuk, vab, föräldraledig, tjänstledig, forskning, kurs eller jourkomp.`;
      problems.push(problem('ABSENCE_KIND_UNKNOWN', message, { rule: 'ABS-3', field: 'typ', params: { value: value('kind') } }));
    }
    const date = (key: 'startDate' | 'endDate', header: string) => {
      if (!isIsoDate(value(key))) {
        const message = `Datumet "${value(key)}" i kolumnen ${header} ska skrivas ÅÅÅÅ-MM-DD.`;
        problems.push(problem('ABSENCE_DATE_INVALID', message, { rule: 'ABS-3', field: header, params: { value: value(key) } }));
      }
      return value(key);
    };
    const startDate = date('startDate', 'från');
    const endDate = date('endDate', 'till');
    if (isIsoDate(startDate) && isIsoDate(endDate) && endDate < startDate) {
      problems.push(problem('ABSENCE_DATES_REVERSED', 'Sista dagen (till) kan inte vara före första dagen (från).', { rule: 'ABS-3', field: 'till' }));
    }
    const percentText = value('percent').replace(/\s*%$/, '');
    const percent = percentText === '' ? 100 : /^\d+$/.test(percentText) ? Number(percentText) : Number.NaN;
    if (!Number.isInteger(percent) || percent < 1 || percent > 100) {
      const message = `Omfattningen "${value('percent')}" ska vara hela procent av heltid, 1–100.`;
      problems.push(problem('ABSENCE_PERCENT_OUT_OF_RANGE', message, { rule: 'ABS-3', field: 'omfattning', params: { value: value('percent') } }));
    }
    const statusText = value('status').toLowerCase();
    const status = statusText === '' ? AbsenceStatus.APPROVED : STATUS_WORDS[statusText];
    if (!status) {
      const message = `Statusen "${value('status')}" känns inte igen; ange beviljad eller sökt.`;
      problems.push(problem('ABSENCE_STATUS_UNKNOWN', message, { rule: 'ABS-3', field: 'status', params: { value: value('status') } }));
    }
    return { row: { personalIdentityNumber: person.value, kind, startDate, endDate, percent, status }, problems };
  });
}

export type ExtraHoursColumnKey = 'personalIdentityNumber' | 'month' | 'hours';

/** The time-reporting system's export of extra hours: one figure per trainee and month. */
export const EXTRA_HOURS_CSV_COLUMNS: CsvColumn<ExtraHoursColumnKey>[] = [
  { key: 'personalIdentityNumber', header: 'personnummer', required: true },
  { key: 'month', header: 'månad', required: true },
  { key: 'hours', header: 'timmar', required: true },
];

export interface ImportedExtraHours {
  personalIdentityNumber: string;
  month: string;
  hours: number;
}

/**
 * ABS-6: reads the time-reporting export of extra hours: månad as ÅÅÅÅ-MM, timmar as 0 or more in quarter
 * hours with a decimal comma or point (extraHoursProblems, the manual entry's rule); the same trainee and
 * month twice in the file is an error on the second line (which figure holds would be a guess).
 */
export function readExtraHoursCsv(text: string, today: IsoDate): { rows: { line: number; row: ImportedExtraHours }[]; errors: LineProblem[] } {
  const read = readCsvTable(text, EXTRA_HOURS_CSV_COLUMNS, (value) => {
    const person = identity(value('personalIdentityNumber'), today);
    const hoursText = value('hours').replace(',', '.');
    const hours = /^\d+(\.\d+)?$/.test(hoursText) ? Number(hoursText) : Number.NaN;
    const row = { personalIdentityNumber: person.value, month: value('month'), hours };
    // the manual entry's problems, named by the file's column
    const columnOf = (field?: string) => (field === 'month' ? 'månad' : 'timmar');
    const problems = [...person.problems, ...extraHoursProblems(row).map((item) => ({ ...item, field: columnOf(item.field) }))];
    return { row, problems };
  });
  const seen = new Map<string, number>();
  const rows: typeof read.rows = [];
  const errors = [...read.errors];
  for (const entry of read.rows) {
    const key = `${entry.row.personalIdentityNumber} ${entry.row.month}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, entry.line);
      rows.push(entry);
      continue;
    }
    const message = `Samma person och månad finns redan på rad ${first}; ange en siffra per person och månad.`;
    errors.push(lineProblem(entry.line, [problem('EXTRA_HOURS_MONTH_REPEATED', message, { rule: 'ABS-6', field: 'månad', params: { first } })]));
  }
  return { rows, errors: errors.sort((a, b) => a.line - b.line) };
}

import { Permission } from '@bt/auth';
import { extraHoursProblems, hoursToMinutes, lineProblem, readExtraHoursCsv, type LineProblem } from '@bt/domain';
import type { Actor } from '@bt/subgraph';
import type { DataSource } from 'typeorm';
import { readImportFile, traineesByIdentity } from '../import/import-file';
import { reportedLines, type ImportResult } from '../recruitment/application/import-result.type';
import { unknownPersonProblem } from '../absence/absence-import.service';
import { recordMonths, type ExtraHoursEntry } from './extra-hours.service';
import { assertWorkingTimeReaches } from './working-time.scope';
import { onceMoreOnUniqueViolation } from './working-time.retry';

/**
 * Issue 12 part 6, ABS-6: imports time reporting's export of extra hours per month (personnummer, månad,
 * timmar). Each line is read (readExtraHoursCsv), matched to a trainee by personal identity number and
 * checked as the manual entry is (extraHoursProblems with the employment); a failing line is reported with
 * its file line and saved not. The valid lines replace their months' figures with the manual entry's
 * recordMonths (audited as IMPORT_EXTRA_HOURS); a month whose figure is the same is `unchanged`, so a
 * second import of the file changes nothing; a concurrent entry of the same month makes it run once more. SQL statements: batched reads and writes, never per line.
 */
export async function importExtraHours(dataSource: DataSource, actor: Actor, csv: string): Promise<ImportResult> {
  const { rows, errors: fileErrors } = readImportFile(csv, (text) => readExtraHoursCsv(text, actor.today));
  return onceMoreOnUniqueViolation(() =>
    dataSource.transaction(async (manager) => {
      const byIdentity = await traineesByIdentity(manager, rows);
      const entries: ExtraHoursEntry[] = [];
      const rowErrors: LineProblem[] = [];
      for (const { line, row } of rows) {
        const trainee = byIdentity.get(row.personalIdentityNumber);
        if (!trainee) {
          rowErrors.push(lineProblem(line, [unknownPersonProblem(row.personalIdentityNumber)]));
          continue;
        }
        // RECORD_WORKING_TIME by row (HR reaches every trainee today; the scope is checked all the same)
        await assertWorkingTimeReaches(dataSource, actor, Permission.RECORD_WORKING_TIME, trainee);
        const problems = extraHoursProblems(row, trainee).map((item) => ({ ...item, field: item.field === 'month' ? 'månad' : 'timmar' }));
        if (problems.length > 0) rowErrors.push(lineProblem(line, problems));
        else entries.push({ traineeId: trainee.id, month: row.month, minutes: hoursToMinutes(row.hours) });
      }
      const { rows: recorded, unchanged } = await recordMonths(manager, actor, entries, 'IMPORT_EXTRA_HOURS');
      return { created: recorded.length, unchanged, errors: reportedLines([...fileErrors, ...rowErrors]), warnings: [] };
    }),
  );
}

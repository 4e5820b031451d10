import { Permission } from '@bt/auth';
import { extraHoursProblems, hoursToMinutes, importSizeProblems, lineProblem, readExtraHoursCsv, type LineProblem } from '@bt/domain';
import { findIn } from '@bt/database';
import { badUserInput, type Actor } from '@bt/subgraph';
import type { DataSource } from 'typeorm';
import { Trainee } from '../trainee/trainee.entity';
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
  const sizeProblems = importSizeProblems({ bytes: Buffer.byteLength(csv, 'utf8') });
  if (sizeProblems.length > 0) throw badUserInput(sizeProblems);
  const { rows, errors: fileErrors } = readExtraHoursCsv(csv, actor.today);
  const rowProblems = importSizeProblems({ bytes: 0, rows: rows.length + fileErrors.length });
  if (rowProblems.length > 0) throw badUserInput(rowProblems);
  return onceMoreOnUniqueViolation(() =>
    dataSource.transaction(async (manager) => {
      const trainees = await findIn(
        manager,
        Trainee,
        'personalIdentityNumber',
        rows.map(({ row }) => row.personalIdentityNumber),
      );
      const byIdentity = new Map(trainees.map((trainee) => [trainee.personalIdentityNumber, trainee]));
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

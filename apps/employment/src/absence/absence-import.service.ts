import { randomUUID } from 'node:crypto';
import {
  absenceDecisionRoute,
  AbsenceDecisionRoute,
  absenceDraftProblems,
  AbsenceStatus,
  coversDate,
  isHealthAbsence,
  lineProblem,
  problem,
  readAbsenceCsv,
  type ImportedAbsence,
  type LineProblem,
  type Problem,
} from '@bt/domain';
import { findIn, insertRows } from '@bt/database';
import { ReadPlacement } from '@bt/subgraph';
import { Absence } from './absence.entity';
import { refreshSickLeaveFlags } from './sick-leave-flags';
import { readImportFile, traineesByIdentity } from '../import/import-file';
import { Unit } from '../unit/unit.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';
import { reportedLines, type ImportResult } from '../recruitment/application/import-result.type';
import type { EmploymentContext } from '../employment.context';

/** Who an imported approval is recorded as decided by: the payroll system, through the HR person who imported it. */
export const IMPORTED_DECIDER = 'Importerad från lönesystemet';

/** A line whose personal identity number is no trainee's. */
export function unknownPersonProblem(value: string): Problem {
  return problem('IMPORT_PERSON_UNKNOWN', `Ingen BT-läkare har personnumret ${value}; kontrollera numret eller lägg först in anställningen.`, {
    field: 'personnummer',
    params: { value },
  });
}

/** The manual entry's problems (absenceDraftProblems) named by the file's columns. */
const FILE_COLUMN: Record<string, string> = { 'input.startDate': 'från', 'input.endDate': 'till', 'input.percent': 'omfattning' };

const sameAbsence = (a: ImportedAbsence, b: Absence) => a.kind === b.kind && a.startDate === b.startDate && a.endDate === b.endDate;

/**
 * Issue 12 part 6, ABS-3: imports the payroll/HR system's (PA-portal) absence export. Each line is read
 * (readAbsenceCsv), matched to a trainee by personal identity number and checked as the manual entry is
 * (absenceDraftProblems: within the employment, no overlap beyond full time with the trainee's other
 * absences, earlier lines of the file included); a failing line is reported with its file line and saved
 * not. A line whose trainee already has an absence of the same kind and dates is `unchanged` (importing a
 * file twice duplicates nothing). Approved lines (status beviljad) are stored APPROVED with decision route
 * IMPORTED and the decider "Importerad från lönesystemet (name)"; applied lines (sökt) go to the one who
 * decides as an application by HR would. Audited per absence; sick-leave flags refreshed for the trainees
 * whose sick leave or VAB was imported (ABS-10, ABS-11). SQL statements: batched reads of trainees,
 * absences, placements and units, then batched inserts.
 */
export async function importAbsences(ctx: EmploymentContext, csv: string): Promise<ImportResult> {
  const { rows, errors: fileErrors } = readImportFile(csv, (text) => readAbsenceCsv(text, ctx.today));
  return ctx.dataSource.transaction(async (manager) => {
    const byIdentity = await traineesByIdentity(manager, rows);
    const traineeIds = [...byIdentity.values()].map((trainee) => trainee.id);
    const stored = await findIn(manager, Absence, 'traineeId', traineeIds);
    const placements = await findIn(manager, ReadPlacement, 'traineeId', traineeIds);
    const units = new Map(
      (
        await findIn(
          manager,
          Unit,
          'id',
          placements.map((placement) => placement.unitId),
        )
      ).map((unit) => [unit.id, unit]),
    );
    const decidedAt = new Date();
    const created: Absence[] = [];
    const rowErrors: LineProblem[] = [];
    let unchanged = 0;
    for (const { line, row } of rows) {
      const trainee = byIdentity.get(row.personalIdentityNumber);
      if (!trainee) {
        rowErrors.push(lineProblem(line, [unknownPersonProblem(row.personalIdentityNumber)]));
        continue;
      }
      const own = [...stored, ...created].filter((absence) => absence.traineeId === trainee.id);
      if (own.some((absence) => sameAbsence(row, absence))) {
        unchanged += 1;
        continue;
      }
      const problems = absenceDraftProblems(row, trainee, own).map((item) => ({ ...item, field: FILE_COLUMN[item.field ?? ''] ?? item.field }));
      if (problems.length > 0) {
        rowErrors.push(lineProblem(line, problems));
        continue;
      }
      // ABS-3: an application goes to the head of the unit where the trainee is placed on its first day (else today)
      const ownPlacements = placements.filter((placement) => placement.traineeId === trainee.id);
      const placement = ownPlacements.find((p) => coversDate(p, row.startDate)) ?? ownPlacements.find((p) => coversDate(p, ctx.today));
      const unit = placement ? units.get(placement.unitId) : undefined;
      const route = absenceDecisionRoute(row.kind, unit?.privatePrimaryCare ?? false);
      const approved = row.status === AbsenceStatus.APPROVED;
      created.push(
        Object.assign(new Absence(), {
          id: randomUUID(),
          version: 1,
          traineeId: trainee.id,
          kind: row.kind,
          startDate: row.startDate,
          endDate: row.endDate,
          percent: row.percent,
          status: row.status,
          note: null,
          appliedById: ctx.viewer.id,
          appliedByName: ctx.viewer.name,
          appliedAt: decidedAt,
          appliedOn: ctx.today,
          decisionRoute: approved ? AbsenceDecisionRoute.IMPORTED : unit || route === AbsenceDecisionRoute.DIRECTOR ? route : null,
          decidingUnitId: approved || route === AbsenceDecisionRoute.DIRECTOR ? null : (unit?.id ?? null),
          decidedById: approved ? ctx.viewer.id : null,
          decidedByName: approved ? `${IMPORTED_DECIDER} (${ctx.viewer.name})` : null,
          decidedAt: approved ? decidedAt : null,
          decisionReason: null,
        }),
      );
    }
    await insertRows(manager, Absence, created);
    await insertRows(
      manager,
      AuditEvent,
      created.map((absence) => auditEvent(ctx, 'IMPORT_ABSENCE', 'Absence', absence.id, decidedAt, { newValue: absence.status })) as AuditEvent[],
    );
    const touched = created.filter((absence) => isHealthAbsence(absence.kind)).map((absence) => absence.traineeId);
    if (touched.length > 0) await refreshSickLeaveFlags(manager, ctx.today, [...new Set(touched)]);
    return { created: created.length, unchanged, errors: reportedLines([...fileErrors, ...rowErrors]), warnings: [] };
  });
}

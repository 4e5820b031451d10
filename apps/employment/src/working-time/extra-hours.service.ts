import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { findIn, insertRows } from '@bt/database';
import { Permission } from '@bt/auth';
import {
  averageWeekWarnings,
  capProjection,
  capProjectionText,
  elapsedMonthsOf,
  extraHoursPlanProblems,
  extraHoursProblems,
  hoursToMinutes,
  missingReferences,
  quarterSums,
  YEAR_CAP_MINUTES,
  yearQuarterProblems,
  type IsoDate,
} from '@bt/domain';
import { badUserInput, type Actor } from '@bt/subgraph';
import { Trainee } from '../trainee/trainee.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';
import { ExtraHoursMonth } from './extra-hours-month.entity';
import { ExtraHoursFlag } from './extra-hours-flag.entity';
import { ExtraHoursPlan } from './extra-hours-plan.entity';
import { ExtraHoursReconciliation } from './extra-hours-reconciliation.entity';
import type { ExtraHoursYear } from './extra-hours.types';
import { assertWorkingTimeReaches } from './working-time.scope';
import { onceMoreOnUniqueViolation } from './working-time.retry';

/** The trainee of a working-time row, or BAD_USER_INPUT naming the id. */
export async function workingTimeTrainee(dataSource: DataSource, traineeId: string, also: ReturnType<typeof extraHoursProblems> = []): Promise<Trainee> {
  const trainee = await dataSource.getRepository(Trainee).findOne({ where: { id: traineeId } });
  if (!trainee) throw badUserInput([...missingReferences([['BT-läkaren', 'traineeId', traineeId, trainee]]), ...also]);
  return trainee;
}

/**
 * ABS-6: a trainee's extra hours in a calendar year: the months, the quarters (alert at 60 h, whether
 * HR has reconciled each for the trainee's site), the 250 h cap with the projection at the current rate,
 * the Working Hours Act's 48 h average as warnings (over every four months that end in the year), and the
 * year's flags. Four statements.
 */
export async function extraHoursYear(dataSource: DataSource, actor: Actor, traineeId: string, year: number): Promise<ExtraHoursYear> {
  const problems = yearQuarterProblems({ year });
  const trainee = await workingTimeTrainee(dataSource, traineeId, problems);
  if (problems.length > 0) throw badUserInput(problems);
  await assertWorkingTimeReaches(dataSource, actor, Permission.READ_WORKING_TIME, trainee);
  const monthsOfYear = dataSource
    .getRepository(ExtraHoursMonth)
    .createQueryBuilder('hours')
    // from October before: the 48 h average's four-month windows that end in the year
    .where('hours.traineeId = :traineeId AND hours.month >= :from AND hours.month <= :to', { traineeId, from: `${year - 1}-10`, to: `${year}-12` })
    .orderBy('hours.month', 'ASC')
    .getMany();
  const [withBefore, reconciliations, flags] = await Promise.all([
    monthsOfYear,
    dataSource.getRepository(ExtraHoursReconciliation).findBy({ siteId: trainee.siteId, year }),
    dataSource.getRepository(ExtraHoursFlag).find({ where: { traineeId, year }, order: { quarter: 'ASC' } }),
  ]);
  const months = withBefore.filter((row) => row.month >= `${year}-01`);
  const data = withBefore.map(({ month, minutes }) => ({ month, minutes }));
  const projection = capProjection(year, data, elapsedMonthsOf(year, data, actor.today));
  const reconciled = new Set(reconciliations.map((r) => r.quarter));
  return {
    traineeId,
    year,
    months,
    quarters: quarterSums(year, data).map((sum) => ({
      quarter: sum.quarter,
      hours: sum.minutes / 60,
      overAlert: sum.overAlert,
      reconciled: reconciled.has(sum.quarter),
    })),
    yearHours: projection.yearMinutes / 60,
    capHours: YEAR_CAP_MINUTES / 60,
    capReached: projection.capReached,
    capMonth: projection.capMonth,
    projection: capProjectionText(projection),
    monthlyRateHours: Math.round((projection.monthlyRateMinutes / 60) * 100) / 100,
    warnings: averageWeekWarnings(data).filter((warning) => warning.to >= `${year}-01-01`),
    flags,
  };
}

/**
 * ABS-6: HR records a trainee's extra hours for a month of the employment; a new figure replaces the
 * month's (one row per trainee and month). Audited with the old and new minutes.
 */
export async function recordExtraHours(dataSource: DataSource, actor: Actor, traineeId: string, month: string, hours: number): Promise<ExtraHoursMonth> {
  const trainee = await workingTimeTrainee(dataSource, traineeId, extraHoursProblems({ month, hours }));
  await assertWorkingTimeReaches(dataSource, actor, Permission.RECORD_WORKING_TIME, trainee);
  const problems = extraHoursProblems({ month, hours }, trainee);
  if (problems.length > 0) throw badUserInput(problems);
  return onceMoreOnUniqueViolation(() => recordMonth(dataSource, actor, traineeId, month, hours));
}

async function recordMonth(dataSource: DataSource, actor: Actor, traineeId: string, month: string, hours: number): Promise<ExtraHoursMonth> {
  const { rows } = await dataSource.transaction((manager) =>
    recordMonths(manager, actor, [{ traineeId, month, minutes: hoursToMinutes(hours) }], 'RECORD_EXTRA_HOURS'),
  );
  return rows[0];
}

/** A month's figure to record for a trainee. */
export interface ExtraHoursEntry {
  traineeId: string;
  month: string;
  minutes: number;
}

/**
 * ABS-6: records months' extra hours, a new figure replacing the month's (one row per trainee and month),
 * each audited with the old and new minutes: set-based, one read of the trainees' months, one delete of the
 * replaced rows, and bulk inserts. The manual entry records one; the import (`IMPORT_EXTRA_HOURS`) many,
 * leaving a month whose figure is the same `unchanged` (not rewritten, not audited).
 */
export async function recordMonths(
  manager: EntityManager,
  actor: Actor,
  entries: readonly ExtraHoursEntry[],
  action: 'RECORD_EXTRA_HOURS' | 'IMPORT_EXTRA_HOURS',
): Promise<{ rows: ExtraHoursMonth[]; unchanged: number }> {
  const recordedAt = new Date();
  const stored = await findIn(
    manager,
    ExtraHoursMonth,
    'traineeId',
    entries.map((entry) => entry.traineeId),
  );
  const byKey = new Map(stored.map((row) => [`${row.traineeId} ${row.month}`, row]));
  const rows: ExtraHoursMonth[] = [];
  const audits: Omit<AuditEvent, 'id'>[] = [];
  let unchanged = 0;
  for (const { traineeId, month, minutes } of entries) {
    const existing = byKey.get(`${traineeId} ${month}`);
    if (existing && existing.minutes === minutes && action === 'IMPORT_EXTRA_HOURS') {
      unchanged += 1;
      continue;
    }
    rows.push(Object.assign(new ExtraHoursMonth(), { id: existing?.id ?? randomUUID(), traineeId, month, minutes, recordedById: actor.viewer.id, recordedAt }));
    const oldValue = existing ? `${month}: ${existing.minutes} min` : null;
    audits.push(auditEvent(actor, action, 'Trainee', traineeId, recordedAt, { oldValue, newValue: `${month}: ${minutes} min` }));
  }
  const replaced = rows.filter((row) => byKey.has(`${row.traineeId} ${row.month}`)).map((row) => row.id);
  for (let i = 0; i < replaced.length; i += 500) await manager.delete(ExtraHoursMonth, { id: In(replaced.slice(i, i + 500)) });
  await insertRows(manager, ExtraHoursMonth, rows);
  await insertRows(manager, AuditEvent, audits as AuditEvent[]);
  return { rows, unchanged };
}

/** ABS-6: the (deputy) Director records the plan made with a flagged trainee (ORG-1: the deputy for their own site). */
export async function recordExtraHoursPlan(dataSource: DataSource, actor: Actor, flagId: string, plan: string, plannedOn: IsoDate): Promise<ExtraHoursPlan> {
  const problems = extraHoursPlanProblems({ plan, plannedOn }, actor.today);
  const flag = await dataSource.getRepository(ExtraHoursFlag).findOneBy({ id: flagId });
  if (!flag) throw badUserInput([...missingReferences([['Flaggan', 'flagId', flagId, flag]]), ...problems]);
  await assertWorkingTimeReaches(dataSource, actor, Permission.PLAN_EXTRA_HOURS, { id: flag.traineeId, siteId: flag.siteId });
  if (problems.length > 0) throw badUserInput(problems);
  return dataSource.transaction(async (manager) => {
    const recordedAt = new Date();
    const row = Object.assign(new ExtraHoursPlan(), { id: randomUUID(), flagId, plan: plan.trim(), plannedOn, recordedById: actor.viewer.id, recordedAt });
    await manager.insert(ExtraHoursPlan, row);
    await manager.insert(
      AuditEvent,
      auditEvent(actor, 'RECORD_EXTRA_HOURS_PLAN', 'Trainee', flag.traineeId, recordedAt, { newValue: `${flag.year} K${flag.quarter}` }),
    );
    return row;
  });
}

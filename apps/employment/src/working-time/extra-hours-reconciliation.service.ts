import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Permission } from '@bt/auth';
import { insertRows } from '@bt/database';
import {
  missingReferences,
  projectedCapMonth,
  yearQuarterProblems,
  QUARTER_ALERT_MINUTES,
  quarterMonths,
  reconciliationProblems,
  YEAR_CAP_MINUTES,
  type YearQuarter,
} from '@bt/domain';
import { badUserInput, type Actor } from '@bt/subgraph';
import { Trainee } from '../trainee/trainee.entity';
import { Site } from '../site/site.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';
import { ExtraHoursMonth } from './extra-hours-month.entity';
import { ExtraHoursFlag } from './extra-hours-flag.entity';
import { ExtraHoursReconciliation } from './extra-hours-reconciliation.entity';
import { siteInScope } from './working-time.scope';
import { onceMoreOnUniqueViolation } from './working-time.retry';

export interface QuarterCheck {
  /** Trainees over the limits in the quarter (flagged before or now). */
  over: number;
  /** Of those, flagged by this check. */
  added: number;
}

interface OverRow {
  traineeId: string;
  siteId: string;
  quarterMinutes: string | number;
  yearMinutes: string | number;
}

/**
 * ABS-6: flags every trainee (of `siteId`, or of every site) over the limits in a quarter: 60 h in the
 * quarter, or January to the quarter's end at a rate that reaches 250 h within the year (sum × 4 ≥
 * 250 h × quarter, the same as projectedCapMonth). Set-based: one grouped SELECT over the months, one
 * SELECT of the quarter's flags, and inserts of the missing ones in chunks, whatever the number of
 * trainees. Idempotent: a trainee already flagged for the quarter keeps the first flag (and its plans).
 */
export function flagQuarter(dataSource: DataSource, actor: Actor, yearQuarter: YearQuarter, siteId?: string): Promise<QuarterCheck> {
  return onceMoreOnUniqueViolation(() => flagMissing(dataSource, actor, yearQuarter, siteId));
}

async function flagMissing(dataSource: DataSource, actor: Actor, { year, quarter }: YearQuarter, siteId?: string): Promise<QuarterCheck> {
  const [quarterFirst, , last] = quarterMonths({ year, quarter });
  const quarterSum = 'SUM(CASE WHEN hours.month >= :quarterFirst THEN hours.minutes ELSE 0 END)';
  const over = dataSource
    .createQueryBuilder()
    .select('hours.traineeId', 'traineeId')
    .addSelect('trainee.siteId', 'siteId')
    .addSelect(quarterSum, 'quarterMinutes')
    .addSelect('SUM(hours.minutes)', 'yearMinutes')
    .from(ExtraHoursMonth, 'hours')
    .innerJoin(Trainee, 'trainee', 'trainee.id = hours.traineeId')
    .where('hours.month >= :first AND hours.month <= :last', { first: `${year}-01`, last, quarterFirst })
    .groupBy('hours.traineeId')
    .addGroupBy('trainee.siteId')
    .having(`${quarterSum} >= :alert OR SUM(hours.minutes) * 4 >= :capByQuarter`, { alert: QUARTER_ALERT_MINUTES, capByQuarter: YEAR_CAP_MINUTES * quarter });
  if (siteId) over.andWhere('trainee.siteId = :siteId', { siteId });
  const flagged = dataSource
    .getRepository(ExtraHoursFlag)
    .createQueryBuilder('flag')
    .select('flag.traineeId', 'traineeId')
    .where('flag.year = :year AND flag.quarter = :quarter', { year, quarter });
  if (siteId) flagged.andWhere('flag.siteId = :siteId', { siteId });
  const [rows, existing] = await Promise.all([over.getRawMany<OverRow>(), flagged.getRawMany<{ traineeId: string }>()]);
  const already = new Set(existing.map((row) => row.traineeId));
  const flaggedAt = new Date();
  const elapsed = quarter * 3;
  const added = rows
    .filter((row) => !already.has(row.traineeId))
    .map((row) =>
      Object.assign(new ExtraHoursFlag(), {
        id: randomUUID(),
        traineeId: row.traineeId,
        siteId: row.siteId,
        year,
        quarter,
        quarterMinutes: Number(row.quarterMinutes),
        yearMinutes: Number(row.yearMinutes),
        capMonth: projectedCapMonth(Number(row.yearMinutes), elapsed),
        flaggedById: actor.viewer.id,
        flaggedAt,
      }),
    );
  if (added.length > 0) await dataSource.transaction((manager) => insertRows(manager, ExtraHoursFlag, added));
  return { over: rows.length, added: added.length };
}

/**
 * ABS-6: HR reconciles a site's quarter once it has ended: the trainees over the limits are flagged for
 * the Director's list (flagQuarter) and the reconciliation is recorded once; asked again, the same
 * reconciliation is returned, and trainees that came over the limits since are flagged.
 */
export async function reconcileQuarter(dataSource: DataSource, actor: Actor, siteId: string, yearQuarter: YearQuarter): Promise<ExtraHoursReconciliation> {
  const problems = reconciliationProblems(yearQuarter, actor.today);
  const site = await dataSource.getRepository(Site).existsBy({ id: siteId });
  if (!site || problems.length > 0) throw badUserInput([...missingReferences([['Huvudorten', 'siteId', siteId, site]]), ...problems]);
  siteInScope(actor, [Permission.RECORD_WORKING_TIME], siteId);
  const check = await flagQuarter(dataSource, actor, yearQuarter, siteId);
  return onceMoreOnUniqueViolation(() => recordReconciliation(dataSource, actor, siteId, yearQuarter, check));
}

async function recordReconciliation(
  dataSource: DataSource,
  actor: Actor,
  siteId: string,
  yearQuarter: YearQuarter,
  check: QuarterCheck,
): Promise<ExtraHoursReconciliation> {
  const existing = await dataSource.getRepository(ExtraHoursReconciliation).findOneBy({ siteId, ...yearQuarter });
  if (existing) return existing;
  return dataSource.transaction(async (manager) => {
    const reconciledAt = new Date();
    const row = Object.assign(new ExtraHoursReconciliation(), {
      id: randomUUID(),
      siteId,
      ...yearQuarter,
      reconciledById: actor.viewer.id,
      reconciledAt,
      flaggedCount: check.over,
    });
    await manager.insert(ExtraHoursReconciliation, row);
    await manager.insert(
      AuditEvent,
      auditEvent(actor, 'RECONCILE_EXTRA_HOURS', 'Site', siteId, reconciledAt, { newValue: `${yearQuarter.year} K${yearQuarter.quarter}: ${check.over}` }),
    );
    return row;
  });
}

/** ABS-6: a year's reconciliations, by quarter and site (at most four a site); ORG-1: the deputy director's own site only. */
export async function reconciliationsOfYear(dataSource: DataSource, actor: Actor, year: number): Promise<ExtraHoursReconciliation[]> {
  const problems = yearQuarterProblems({ year });
  if (problems.length > 0) throw badUserInput(problems);
  const siteId = siteInScope(actor, [Permission.PLAN_EXTRA_HOURS, Permission.RECORD_WORKING_TIME], undefined);
  return dataSource.getRepository(ExtraHoursReconciliation).find({ where: { year, ...(siteId ? { siteId } : {}) }, order: { quarter: 'ASC', siteId: 'ASC' } });
}

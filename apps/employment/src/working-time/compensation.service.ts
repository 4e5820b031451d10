import type { DataSource } from 'typeorm';
import { Permission } from '@bt/auth';
import {
  DEFAULT_ON_CALL_PAID_PERCENT,
  flexBalanceProblems,
  flexCarryOver,
  hoursToMinutes,
  missingReferences,
  onCallBalance,
  onCallHoursProblems,
  onCallSplit,
  onCallSplitProblems,
  payoutPeriodProblems,
  type Problem,
} from '@bt/domain';
import { badUserInput, pageRequest, ReadPlacement, type Actor, type Page } from '@bt/subgraph';
import { Trainee } from '../trainee/trainee.entity';
import { Site } from '../site/site.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';
import { FlexBalance } from './flex-balance.entity';
import { OnCallHours } from './on-call-hours.entity';
import { OnCallSplitSetting, REGION_SPLIT_KEY } from './on-call-split.entity';
import type { OnCallPayout, OnCallPayoutPageArgs, PlacementCompensation, TraineeCompensation } from './compensation.types';
import { assertWorkingTimeReaches, siteInScope } from './working-time.scope';
import { workingTimeTrainee } from './extra-hours.service';
import { onceMoreOnUniqueViolation } from './working-time.retry';

/** ABS-5: the paid share for a site: the site's own split, else the region's, else 30 %. One statement. */
export async function onCallPaidPercent(dataSource: DataSource, siteId: string): Promise<number> {
  const settings = await dataSource.getRepository(OnCallSplitSetting).findBy([{ scope: siteId }, { scope: REGION_SPLIT_KEY }]);
  return (settings.find((s) => s.scope === siteId) ?? settings.find((s) => s.scope === REGION_SPLIT_KEY))?.paidPercent ?? DEFAULT_ON_CALL_PAID_PERCENT;
}

/**
 * ABS-5, ABS-7: a trainee's placements in order with the flex balance carried from one to the next
 * (clamped at each change, what was cut shown) and the on-call compensation of each, split by the
 * site's share, with the leave left for payout at the end of BT. Four statements.
 */
export async function traineeCompensation(dataSource: DataSource, trainee: Trainee): Promise<TraineeCompensation> {
  const [placements, flexes, onCalls, paidPercent] = await Promise.all([
    dataSource.getRepository(ReadPlacement).find({ where: { traineeId: trainee.id }, order: { startDate: 'ASC', id: 'ASC' } }),
    dataSource.getRepository(FlexBalance).findBy({ traineeId: trainee.id }),
    dataSource.getRepository(OnCallHours).findBy({ traineeId: trainee.id }),
    onCallPaidPercent(dataSource, trainee.siteId),
  ]);
  const flexOf = new Map(flexes.map((row) => [row.placementId, row]));
  const onCallOf = new Map(onCalls.map((row) => [row.placementId, row]));
  let carried = 0;
  const rows = placements.map((placement): PlacementCompensation => {
    const flex = flexOf.get(placement.id);
    const carry = flex ? flexCarryOver(flex.closingMinutes) : null;
    const onCall = onCallOf.get(placement.id);
    const split = onCallSplit(onCall?.earnedMinutes ?? 0, paidPercent);
    const row: PlacementCompensation = {
      placementId: placement.id,
      unitId: placement.unitId,
      startDate: placement.startDate,
      endDate: placement.endDate,
      flexOpeningHours: carried / 60,
      flexClosingHours: carry ? carry.closingMinutes / 60 : null,
      flexCarriedHours: carry ? carry.carriedMinutes / 60 : null,
      flexCutHours: carry ? carry.cutMinutes / 60 : null,
      onCallEarnedHours: split.earnedMinutes / 60,
      onCallPaidHours: split.paidMinutes / 60,
      onCallLeaveHours: split.leaveMinutes / 60,
      onCallTakenLeaveHours: (onCall?.takenMinutes ?? 0) / 60,
    };
    if (carry) carried = carry.carriedMinutes;
    return row;
  });
  const balance = onCallBalance(
    onCalls.map((row) => ({ earnedMinutes: row.earnedMinutes, takenMinutes: row.takenMinutes })),
    paidPercent,
  );
  return {
    traineeId: trainee.id,
    onCallPaidPercent: paidPercent,
    placements: rows,
    onCallEarnedHours: balance.earnedMinutes / 60,
    onCallPaidHours: balance.paidMinutes / 60,
    onCallLeaveHours: balance.leaveMinutes / 60,
    onCallTakenLeaveHours: balance.takenMinutes / 60,
    onCallLeftHours: balance.leftMinutes / 60,
  };
}

/** The compensation of a trainee the caller may read. */
export async function readTraineeCompensation(dataSource: DataSource, actor: Actor, traineeId: string): Promise<TraineeCompensation> {
  const trainee = await workingTimeTrainee(dataSource, traineeId);
  await assertWorkingTimeReaches(dataSource, actor, Permission.READ_WORKING_TIME, trainee);
  return traineeCompensation(dataSource, trainee);
}

/** The placement (from education's read model) and its trainee, for a write by HR; BAD_USER_INPUT without it. */
async function placementForWrite(dataSource: DataSource, actor: Actor, placementId: string, problems: Problem[]): Promise<[ReadPlacement, Trainee]> {
  const placement = await dataSource.getRepository(ReadPlacement).findOneBy({ id: placementId });
  if (!placement) throw badUserInput([...missingReferences([['Placeringen', 'placementId', placementId, placement]]), ...problems]);
  const trainee = await workingTimeTrainee(dataSource, placement.traineeId, problems);
  await assertWorkingTimeReaches(dataSource, actor, Permission.RECORD_WORKING_TIME, trainee);
  if (problems.length > 0) throw badUserInput(problems);
  return [placement, trainee];
}

/** ABS-7: HR records a placement's closing flex balance (replacing an earlier figure); the carry-over to the next placement is clamped when read. */
export async function recordFlexBalance(dataSource: DataSource, actor: Actor, placementId: string, hours: number): Promise<TraineeCompensation> {
  const [placement, trainee] = await placementForWrite(dataSource, actor, placementId, flexBalanceProblems(hours));
  await onceMoreOnUniqueViolation(() =>
    dataSource.transaction(async (manager) => {
      const recordedAt = new Date();
      const existing = await manager.findOneBy(FlexBalance, { placementId });
      const closingMinutes = hoursToMinutes(hours);
      if (existing) await manager.update(FlexBalance, { placementId }, { closingMinutes, recordedById: actor.viewer.id, recordedAt });
      else await manager.insert(FlexBalance, { placementId, traineeId: placement.traineeId, closingMinutes, recordedById: actor.viewer.id, recordedAt });
      await manager.insert(
        AuditEvent,
        auditEvent(actor, 'RECORD_FLEX_BALANCE', 'Trainee', trainee.id, recordedAt, {
          oldValue: existing ? `${existing.closingMinutes} min` : null,
          newValue: `${closingMinutes} min`,
        }),
      );
    }),
  );
  return traineeCompensation(dataSource, trainee);
}

/**
 * ABS-5: HR records a placement's on-call compensation earned and the compensation leave taken in it
 * (replacing earlier figures); refused when the leave taken over all placements would exceed the leave earned.
 */
export async function recordOnCallHours(
  dataSource: DataSource,
  actor: Actor,
  placementId: string,
  earnedHours: number,
  takenLeaveHours: number,
): Promise<TraineeCompensation> {
  const draft = { earnedHours, takenLeaveHours };
  const [placement, trainee] = await placementForWrite(dataSource, actor, placementId, onCallHoursProblems(draft));
  const earnedMinutes = hoursToMinutes(earnedHours);
  const takenMinutes = hoursToMinutes(takenLeaveHours);
  await onceMoreOnUniqueViolation(() =>
    dataSource.transaction(async (manager) => {
      const [others, paidPercent] = await Promise.all([manager.findBy(OnCallHours, { traineeId: trainee.id }), onCallPaidPercent(dataSource, trainee.siteId)]);
      const existing = others.find((row) => row.placementId === placementId);
      const after = onCallBalance([...others.filter((row) => row.placementId !== placementId), { earnedMinutes, takenMinutes }], paidPercent);
      const problems = onCallHoursProblems(draft, after);
      if (problems.length > 0) throw badUserInput(problems);
      const recordedAt = new Date();
      const values = { earnedMinutes, takenMinutes, recordedById: actor.viewer.id, recordedAt };
      if (existing) await manager.update(OnCallHours, { placementId }, values);
      else await manager.insert(OnCallHours, { placementId, traineeId: placement.traineeId, ...values });
      await manager.insert(
        AuditEvent,
        auditEvent(actor, 'RECORD_ON_CALL_HOURS', 'Trainee', trainee.id, recordedAt, {
          oldValue: existing ? `${existing.earnedMinutes}/${existing.takenMinutes} min` : null,
          newValue: `${earnedMinutes}/${takenMinutes} min`,
        }),
      );
    }),
  );
  return traineeCompensation(dataSource, trainee);
}

/** ABS-5: the Director or HR sets the paid share for the region (siteId null) or a site. */
export async function setOnCallSplit(dataSource: DataSource, actor: Actor, siteId: string | null, paidPercent: number): Promise<OnCallSplitSetting> {
  const problems = onCallSplitProblems(paidPercent);
  if (siteId) {
    const site = await dataSource.getRepository(Site).existsBy({ id: siteId });
    problems.unshift(...missingReferences([['Huvudorten', 'siteId', siteId, site]]));
  }
  if (problems.length > 0) throw badUserInput(problems);
  const scope = siteId ?? REGION_SPLIT_KEY;
  return onceMoreOnUniqueViolation(() =>
    dataSource.transaction(async (manager) => {
      const setAt = new Date();
      const existing = await manager.findOneBy(OnCallSplitSetting, { scope });
      const row = Object.assign(new OnCallSplitSetting(), { scope, paidPercent, setById: actor.viewer.id, setAt });
      if (existing) await manager.update(OnCallSplitSetting, { scope }, { paidPercent, setById: actor.viewer.id, setAt });
      else await manager.insert(OnCallSplitSetting, row);
      await manager.insert(
        AuditEvent,
        auditEvent(actor, 'SET_ON_CALL_SPLIT', siteId ? 'Site' : 'Region', scope, setAt, {
          oldValue: existing ? String(existing.paidPercent) : null,
          newValue: String(paidPercent),
        }),
      );
      return row;
    }),
  );
}

interface PayoutRow {
  traineeId: string;
  employmentEnd: string;
  leftMinutes: string | number;
}

/**
 * ABS-5: the trainees whose employment ends between two days with on-call compensation leave left, most
 * first: each placement's leave (earned less the paid share of the trainee's site, the region's, or 30 %)
 * less the leave taken, summed per trainee in one grouped statement (and its count), never per trainee.
 */
export async function onCallPayoutPage(dataSource: DataSource, actor: Actor, args: OnCallPayoutPageArgs): Promise<Page<OnCallPayout>> {
  const siteId = siteInScope(actor, [Permission.RECORD_WORKING_TIME, Permission.PLAN_EXTRA_HOURS], args.siteId);
  const left = `SUM(hours.earnedMinutes - ROUND(hours.earnedMinutes * COALESCE(siteSplit.paidPercent, regionSplit.paidPercent, ${DEFAULT_ON_CALL_PAID_PERCENT}) / 100.0) - hours.takenMinutes)`;
  const query = dataSource
    .createQueryBuilder()
    .select('trainee.id', 'traineeId')
    .addSelect('trainee.employmentEnd', 'employmentEnd')
    .addSelect(left, 'leftMinutes')
    .from(OnCallHours, 'hours')
    .innerJoin(Trainee, 'trainee', 'trainee.id = hours.traineeId')
    .leftJoin(OnCallSplitSetting, 'siteSplit', 'siteSplit.scope = trainee.siteId')
    .leftJoin(OnCallSplitSetting, 'regionSplit', 'regionSplit.scope = :region', { region: REGION_SPLIT_KEY })
    .where('trainee.employmentEnd >= :from AND trainee.employmentEnd <= :to', { from: args.endingFrom, to: args.endingTo })
    .groupBy('trainee.id')
    .addGroupBy('trainee.employmentEnd')
    .having(`${left} > 0`);
  if (siteId) query.andWhere('trainee.siteId = :siteId', { siteId });
  const { offset, limit } = pageRequest(args, { fields: {}, byDefault: [], unique: 'trainee.id' }, payoutPeriodProblems(args.endingFrom, args.endingTo));
  const counted = dataSource.createQueryBuilder().select('COUNT(*)', 'total').from(`(${query.getQuery()})`, 'grouped').setParameters(query.getParameters());
  const [rows, count] = await Promise.all([
    query.clone().orderBy('leftMinutes', 'DESC').addOrderBy('trainee.id', 'ASC').offset(offset).limit(limit).getRawMany<PayoutRow>(),
    counted.getRawOne<{ total: string | number }>(),
  ]);
  return {
    total: Number(count?.total ?? 0),
    items: rows.map((row) => ({ traineeId: row.traineeId, employmentEnd: row.employmentEnd, leftHours: Number(row.leftMinutes) / 60 })),
  };
}

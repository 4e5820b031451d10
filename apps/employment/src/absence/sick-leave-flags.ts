import type { EntityManager } from 'typeorm';
import { insertRows } from '@bt/database';
import { AbsenceStatus, addMonths, HEALTH_ABSENCE_KINDS, sickLeaveFlags, type IsoDate } from '@bt/domain';
import { Absence } from './absence.entity';
import { sickLeaveRulesFromEnv } from './absence.config';
import { SickLeaveFlag } from './sick-leave-flag.entity';
import { Trainee } from '../trainee/trainee.entity';

/**
 * ABS-10, ABS-11: recomputes the sick-leave flags (sickLeaveFlags, the pure rule) of `traineeIds`, or of every
 * trainee who has not ended when none are given: one statement reads the sick leave and VAB in force that
 * ends within the rule's window, one clears the old flags, and the flagged are inserted in bulk.
 * Idempotent: the same day and data give the same rows. Returns how many trainees are flagged.
 */
export async function refreshSickLeaveFlags(manager: EntityManager, today: IsoDate, traineeIds?: readonly string[]): Promise<number> {
  if (traineeIds?.length === 0) return 0;
  const config = sickLeaveRulesFromEnv();
  const query = manager
    .getRepository(Absence)
    .createQueryBuilder('absence')
    .innerJoin(Trainee, 'trainee', 'trainee.id = absence.traineeId')
    .addSelect('trainee.siteId', 'siteId')
    .where('absence.kind IN (:...kinds)', { kinds: HEALTH_ABSENCE_KINDS })
    .andWhere('absence.status IN (:...statuses)', { statuses: [AbsenceStatus.APPLIED, AbsenceStatus.APPROVED] })
    .andWhere('absence.endDate >= :windowStart', { windowStart: addMonths(today, -config.repeatedWindowMonths) })
    .andWhere('trainee.employmentEnd >= :today', { today });
  if (traineeIds) query.andWhere('absence.traineeId IN (:...traineeIds)', { traineeIds: [...traineeIds] });
  const { entities, raw } = await query.getRawAndEntities<{ siteId: string }>();
  const byTrainee = new Map<string, { siteId: string; absences: Absence[] }>();
  entities.forEach((absence, index) => {
    const own = byTrainee.get(absence.traineeId) ?? { siteId: raw[index].siteId, absences: [] };
    own.absences.push(absence);
    byTrainee.set(absence.traineeId, own);
  });
  const flagged: SickLeaveFlag[] = [];
  for (const [traineeId, { siteId, absences }] of byTrainee) {
    const flags = sickLeaveFlags(absences, today, config);
    if (!flags.repeatedShortTermSickLeave && flags.longTermPeriod === null) continue;
    flagged.push(
      Object.assign(new SickLeaveFlag(), {
        traineeId,
        siteId,
        shortTermPeriods: flags.shortTermPeriods,
        repeatedShortTerm: flags.repeatedShortTermSickLeave,
        longTerm: flags.longTermPeriod !== null,
        checkedOn: today,
      }),
    );
  }
  const clear = manager.createQueryBuilder().delete().from(SickLeaveFlag);
  if (traineeIds) clear.where('traineeId IN (:...traineeIds)', { traineeIds: [...traineeIds] });
  await clear.execute();
  await insertRows(manager, SickLeaveFlag, flagged);
  return flagged.length;
}

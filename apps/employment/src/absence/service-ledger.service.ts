import {
  AbsenceStatus,
  isHealthAbsence,
  projectAbsence,
  serviceLedger,
  type AbsencePeriod,
  type ServiceLedger,
  type ServiceLedgerInput,
  type ServiceProjection,
} from '@bt/domain';
import type { ReadPlacement } from '@bt/subgraph';
import { absenceLoaders } from './absence.loaders';
import type { ServiceLedgerType } from './absence.types';
import { sickLeaveRulesFromEnv } from './absence.config';
import type { Trainee } from '../trainee/trainee.entity';
import type { EmploymentContext } from '../employment.context';

/** ABS-1, ABS-2: what the ledger of a trainee is computed from: the approved absences and the placements (read model of education), by loaders. */
export async function ledgerInput(ctx: EmploymentContext, trainee: Trainee): Promise<ServiceLedgerInput> {
  const loaders = absenceLoaders(ctx);
  const [absences, placements] = await Promise.all([loaders.absencesByTrainee.load(trainee.id), loaders.placementsByTrainee.load(trainee.id)]);
  return {
    employmentStart: trainee.employmentStart,
    employmentEnd: trainee.employmentEnd,
    today: ctx.today,
    absences: absences.filter((absence) => absence.status === AbsenceStatus.APPROVED),
    placements,
    longTermSickDays: sickLeaveRulesFromEnv().longTermDays,
  };
}

/** ABS-1, ABS-2: a trainee's service ledger today. */
export async function traineeServiceLedger(ctx: EmploymentContext, trainee: Trainee): Promise<ServiceLedger> {
  return serviceLedger(await ledgerInput(ctx, trainee));
}

/** ABS-12: the effect on the 12 months of service of approving `proposed` on top of the approved absences. */
export async function absenceProjection(ctx: EmploymentContext, trainee: Trainee, proposed: AbsencePeriod): Promise<ServiceProjection> {
  return projectAbsence(await ledgerInput(ctx, trainee), proposed);
}

/**
 * ABS-1, ABS-2 as the graph shows it: the ledger with each placement's unit, dates and latest judgement.
 * ABS-10: a long-term sick leave or VAB is named as a reason only when `showHealth`.
 */
export async function serviceLedgerView(ctx: EmploymentContext, trainee: Trainee, showHealth: boolean): Promise<ServiceLedgerType> {
  const loaders = absenceLoaders(ctx);
  const [input, judgements] = await Promise.all([ledgerInput(ctx, trainee), loaders.judgementsByTrainee.load(trainee.id)]);
  const ledger = serviceLedger(input);
  const placements = input.placements ?? [];
  const units = await Promise.all(placements.map((placement) => ctx.loaders.unit.load((placement as ReadPlacement).unitId)));
  return {
    ...ledger,
    employmentStart: trainee.employmentStart,
    employmentEnd: trainee.employmentEnd,
    extensionPlanReasons: ledger.extensionPlanReasons.filter((kind) => showHealth || !isHealthAbsence(kind)),
    placements: ledger.placements.map((row, index) => ({
      ...row,
      unit: units[index],
      startDate: placements[index].startDate,
      endDate: placements[index].endDate,
      // newest first (the loader's order)
      judgement: judgements.find((judgement) => judgement.placementId === row.placementId) ?? null,
    })),
  };
}

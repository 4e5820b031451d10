import { randomUUID } from 'node:crypto';
import { forbidden, Role } from '@bt/auth';
import { missingReferences, textFieldProblems } from '@bt/domain';
import { badUserInput, ReadPlacement } from '@bt/subgraph';
import { PlacementAbsenceJudgement } from './placement-absence-judgement.entity';
import { Unit } from '../unit/unit.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';
import type { EmploymentContext } from '../employment.context';

export interface PlacementJudgementArgs {
  traineeId: string;
  placementId: string;
  acceptable: boolean;
  note?: string | null;
}

/**
 * ABS-2: the head of the placement's unit or its clinical supervisor records whether the absence during the
 * placement is acceptable (judged individually, seed 003 FRÅNVARO). A new judgement adds a row; the
 * latest is shown. Audited.
 */
export async function recordPlacementAbsenceJudgement(ctx: EmploymentContext, args: PlacementJudgementArgs): Promise<PlacementAbsenceJudgement> {
  const placement = await ctx.dataSource.getRepository(ReadPlacement).findOneBy({ id: args.placementId, traineeId: args.traineeId });
  if (!placement) throw badUserInput(missingReferences([['Placeringen', 'placementId', args.placementId, placement]]));
  const unit = await ctx.dataSource.getRepository(Unit).findOneBy({ id: placement.unitId });
  const { viewer } = ctx;
  const judgedAs =
    viewer.roles.includes(Role.HEAD_OF_UNIT) && unit?.headOfUnitId === viewer.id
      ? Role.HEAD_OF_UNIT
      : viewer.roles.includes(Role.CLINICAL_SUPERVISOR) && placement.clinicalSupervisorId === viewer.id
        ? Role.CLINICAL_SUPERVISOR
        : undefined;
  if (!judgedAs) {
    throw forbidden(
      'Frånvaron under en placering bedöms av enhetens verksamhetschef eller placeringens kliniska handledare.',
      'NOT_JUDGE_OF_PLACEMENT',
      'ABS-2',
    );
  }
  const problems = textFieldProblems('note', 'Anteckningen', args.note, { required: !args.acceptable, maxLength: 1000, multiline: true });
  if (problems.length > 0) throw badUserInput(problems);
  const judgedAt = new Date();
  const judgement = Object.assign(new PlacementAbsenceJudgement(), {
    id: randomUUID(),
    traineeId: args.traineeId,
    placementId: args.placementId,
    acceptable: args.acceptable,
    note: args.note?.trim() || null,
    judgedById: viewer.id,
    judgedByName: viewer.name,
    judgedAs,
    judgedAt,
  });
  await ctx.dataSource.transaction(async (manager) => {
    await manager.insert(PlacementAbsenceJudgement, judgement);
    await manager.insert(
      AuditEvent,
      auditEvent(ctx, 'JUDGE_PLACEMENT_ABSENCE', 'Trainee', args.traineeId, judgedAt, {
        newValue: `${args.placementId}:${args.acceptable ? 'ACCEPTABLE' : 'NOT_ACCEPTABLE'}`,
      }),
    );
  });
  return judgement;
}

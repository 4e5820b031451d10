import { IsNull, Not, type DataSource } from 'typeorm';
import { isUniqueViolation } from '@bt/database';
import { assertPermissionReachesSite, forbidden, Permission } from '@bt/auth';
import { btEvaluationProblems, btEvaluationSummary, btEvaluationSummaryNote, missingReferences } from '@bt/domain';
import { badUserInput, conflict, type Actor } from '@bt/subgraph';
import { Trainee } from '../trainee/trainee.entity';
import { Cohort } from '../cohort/cohort.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { auditEvent } from '../audit/audit-log';
import { BtEvaluation } from './bt-evaluation.entity';
import type { BtEvaluationInput, BtEvaluationSummaryResult } from './working-life.types';

function ownTraineeId({ viewer }: Actor): string {
  if (!viewer.traineeId) throw forbidden('Bara BT-läkaren själv besvarar sin utvärdering av BT.', 'NOT_PERMITTED', 'EMP-6');
  return viewer.traineeId;
}

/** EMP-6: the viewer's own evaluation of BT (a trainee), null before she has saved it. */
export function ownBtEvaluation(dataSource: DataSource, actor: Actor): Promise<BtEvaluation | null> {
  return dataSource.getRepository(BtEvaluation).findOneBy({ traineeId: ownTraineeId(actor) });
}

/**
 * EMP-6: the trainee saves her evaluation (answers left open may be filled in later) or, with `submit`,
 * submits it with every question answered. Once submitted it is locked: saving or submitting again is
 * refused (CONFLICT), also when two requests race (the update only touches an unsubmitted row). The
 * submission is audited (not the answers).
 */
export async function saveBtEvaluation(dataSource: DataSource, actor: Actor, input: BtEvaluationInput, submit: boolean): Promise<BtEvaluation> {
  const traineeId = ownTraineeId(actor);
  const trainee = await dataSource.getRepository(Trainee).findOneBy({ id: traineeId });
  if (!trainee) throw badUserInput(missingReferences([['BT-läkaren', 'traineeId', traineeId, trainee]]));
  const scores = {
    introduction: input.introduction ?? null,
    supervision: input.supervision ?? null,
    placements: input.placements ?? null,
    teaching: input.teaching ?? null,
    workload: input.workload ?? null,
    overall: input.overall ?? null,
  };
  return dataSource.transaction(async (manager) => {
    const previous = await manager.findOneBy(BtEvaluation, { traineeId });
    const problems = btEvaluationProblems(scores, input.freeText, submit, Boolean(previous?.submittedAt));
    if (previous?.submittedAt) throw conflict(problems);
    if (problems.length > 0) throw badUserInput(problems);
    const now = new Date();
    const values = { ...scores, freeText: (input.freeText ?? '').trim() || null, updatedAt: now, submittedAt: submit ? now : null };
    if (previous) {
      const result = await manager.update(BtEvaluation, { traineeId, submittedAt: IsNull() }, { ...values, version: previous.version + 1 });
      if (!result.affected) throw conflict(btEvaluationProblems(scores, input.freeText, submit, true));
    } else {
      // a first save racing another first save: the second finds the row there (CONFLICT), as a later save would
      await manager.insert(BtEvaluation, { traineeId, cohortId: trainee.cohortId, version: 1, ...values }).catch((error: unknown) => {
        throw isUniqueViolation(error) ? conflict(btEvaluationProblems(scores, input.freeText, submit, true)) : error;
      });
    }
    if (submit) await manager.insert(AuditEvent, auditEvent(actor, 'SUBMIT_BT_EVALUATION', 'Trainee', traineeId, now));
    return (await manager.findOneBy(BtEvaluation, { traineeId }))!;
  });
}

/**
 * EMP-6: a cohort's submitted evaluations as an anonymous summary: one statement of the scores and free
 * texts (no trainee ids), shown only from three answers. The Director and the directors of studies every
 * cohort, the deputy their own site's (ORG-1). The resolver audits the read.
 */
export async function cohortBtEvaluationSummary(dataSource: DataSource, actor: Actor, cohortId: string): Promise<BtEvaluationSummaryResult> {
  const cohort = await dataSource.getRepository(Cohort).findOneBy({ id: cohortId });
  if (!cohort) throw badUserInput(missingReferences([['Kullen', 'cohortId', cohortId, cohort]]));
  assertPermissionReachesSite(actor.viewer, Permission.READ_BT_EVALUATION_SUMMARY, cohort.siteId);
  const submitted = await dataSource.getRepository(BtEvaluation).find({
    select: { introduction: true, supervision: true, placements: true, teaching: true, workload: true, overall: true, freeText: true },
    where: { cohortId, submittedAt: Not(IsNull()) },
  });
  const summary = btEvaluationSummary(submitted);
  return { cohortId, ...summary, note: btEvaluationSummaryNote(summary.answers) };
}

import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { forbidden } from '@bt/auth';
import { ApplicationState, missingReferences, RecruitmentStage, reopenProblems, scoreProblems, scoringStateProblems, submissionProblems } from '@bt/domain';
import { badUserInput, type Actor } from '@bt/subgraph';
import { Score } from './score.entity';
import { ScoreAudit } from './score-audit.entity';
import { ScoreReopening } from './score-reopening.entity';
import { ScoreSubmission } from './score-submission.entity';
import { Application } from '../application/application.entity';
import { PanelMember } from '../panel/panel-member.entity';
import { RubricCriterion } from '../round/rubric-criterion.entity';
import { requireApplication } from '../recruitment.lookup';

/** REC-4: the members of the round's interview stage score (SCORE_APPLICATIONS' own rows); anyone else is refused. */
async function assertOnInterviewPanel(dataSource: DataSource, actor: Actor, roundId: string): Promise<void> {
  if (!(await dataSource.getRepository(PanelMember).existsBy({ roundId, personId: actor.viewer.id, stage: RecruitmentStage.INTERVIEWS }))) {
    throw forbidden('Bara ledamöter i intervjusteget sätter och lämnar in poäng.', 'NOT_ON_INTERVIEW_PANEL', 'REC-4');
  }
}

export interface ScoreDraft {
  criterionId: string;
  value: number;
  comment?: string | null;
}

/**
 * REC-4: sets or changes the actor's score on a criterion of an application, while the round is in
 * interviews and until the actor submits (then only after the Director reopens them, reopenScores).
 * Every change is audited: who, when, old and new value.
 */
export async function saveScore(dataSource: DataSource, actor: Actor, applicationId: string, draft: ScoreDraft): Promise<Score> {
  const { application, round } = await requireApplication(dataSource, actor, applicationId);
  await assertOnInterviewPanel(dataSource, actor, round.id);
  const { criterionId, value, comment } = draft;
  const criterion = await dataSource.getRepository(RubricCriterion).findOneBy({ id: criterionId, roundId: round.id });
  if (!criterion) throw badUserInput(missingReferences([['Kriteriet i omgångens bedömningsmall', 'criterionId', criterionId, criterion]]));
  const submitted = await dataSource.getRepository(ScoreSubmission).existsBy({ applicationId, personId: actor.viewer.id });
  const problems = scoreProblems({ value, comment }, { roundState: round.state, applicationState: application.state, criterion, submitted });
  if (problems.length > 0) throw badUserInput(problems);
  const text = comment?.trim() || null;
  const key = { applicationId, criterionId, personId: actor.viewer.id };
  return dataSource.transaction(async (manager) => {
    const existing = await manager.findOneBy(Score, key);
    if (existing && existing.value === value && existing.comment === text) return existing;
    const score = Object.assign(new Score(), { id: existing?.id ?? randomUUID(), ...key, value, comment: text, updatedAt: new Date() });
    await (existing ? manager.update(Score, { id: score.id }, { value, comment: text, updatedAt: score.updatedAt }) : manager.insert(Score, score));
    await manager.insert(ScoreAudit, {
      occurredAt: score.updatedAt,
      actorId: actor.viewer.id,
      actorUsername: actor.viewer.username,
      scoreId: score.id,
      applicationId,
      criterionId,
      oldValue: existing?.value ?? null,
      newValue: value,
      oldComment: existing?.comment ?? null,
      newComment: text,
    });
    return score;
  });
}

/** REC-4: submits the actor's scores for an application once every criterion has one; an invited application becomes INTERVIEWED. */
export async function submitScores(dataSource: DataSource, actor: Actor, applicationId: string): Promise<Application> {
  const { application, round } = await requireApplication(dataSource, actor, applicationId);
  await assertOnInterviewPanel(dataSource, actor, round.id);
  const [rubric, scores] = await Promise.all([
    dataSource.getRepository(RubricCriterion).findBy({ roundId: round.id }),
    dataSource.getRepository(Score).findBy({ applicationId, personId: actor.viewer.id }),
  ]);
  const problems = [...scoringStateProblems(round.state, application.state), ...submissionProblems(rubric, scores)];
  if (problems.length > 0) throw badUserInput(problems);
  // the application is in the running (checked above): a submitted score set means it was interviewed
  const state = ApplicationState.INTERVIEWED;
  await dataSource.transaction(async (manager) => {
    if (!(await manager.existsBy(ScoreSubmission, { applicationId, personId: actor.viewer.id }))) {
      await manager.insert(ScoreSubmission, { applicationId, personId: actor.viewer.id, submittedAt: new Date() });
    }
    if (state !== application.state) await manager.update(Application, { id: applicationId }, { state });
  });
  return Object.assign(new Application(), { ...application, state });
}

/**
 * REC-4: the Director reopens a member's submitted scores for an application, while the round is in
 * interviews, so that the member can change them and submit again; audited with who, when and the old
 * state (when the member had submitted).
 */
export async function reopenScores(dataSource: DataSource, actor: Actor, applicationId: string, personId: string): Promise<Application> {
  const { application, round } = await requireApplication(dataSource, actor, applicationId);
  const submission = await dataSource.getRepository(ScoreSubmission).findOneBy({ applicationId, personId });
  const problems = reopenProblems(round.state, submission !== null);
  if (problems.length > 0 || !submission) throw badUserInput(problems);
  await dataSource.transaction(async (manager) => {
    await manager.delete(ScoreSubmission, { applicationId, personId });
    await manager.insert(ScoreReopening, {
      occurredAt: new Date(),
      actorId: actor.viewer.id,
      actorUsername: actor.viewer.username,
      applicationId,
      personId,
      submittedAt: submission.submittedAt,
    });
  });
  return application;
}

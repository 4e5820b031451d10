import { In, Not, type EntityManager } from 'typeorm';
import { ApplicationState, rankApplications, rankingTieBreak, tieBreakCriterion, type Problem, type RankedCandidate } from '@bt/domain';
import { Score } from './score.entity';
import { ScoreSubmission } from './score-submission.entity';
import { submittedAggregate } from './submitted-aggregate';
import { Application } from '../application/application.entity';
import { RubricCriterion } from '../round/rubric-criterion.entity';

export interface RankedApplicationValue extends RankedCandidate {
  application: Application;
}

export interface RoundRanking {
  items: RankedApplicationValue[];
  tieBreak: Problem;
}

/**
 * REC-4: a round's ranking (of one site's applicants when `siteId` is given, ranked among themselves):
 * eligible applications with at least one submitted score set, ranked in libs/domain. Four SQL
 * statements whatever the number of applications.
 */
export async function roundRanking(manager: EntityManager, roundId: string, siteId?: string | null): Promise<RoundRanking> {
  const inRound = <T extends Score | ScoreSubmission>(entity: new () => T) =>
    manager
      .getRepository(entity)
      .createQueryBuilder('row')
      .innerJoin(Application, 'application', 'application.id = row.applicationId')
      .where('application.roundId = :roundId', { roundId })
      .getMany();
  const [rubric, applications, scores, submissions] = await Promise.all([
    manager.findBy(RubricCriterion, { roundId }),
    manager.findBy(Application, {
      roundId,
      state: Not(In([ApplicationState.RECEIVED, ApplicationState.INELIGIBLE])),
      ...(siteId ? { preferredSiteId: siteId } : {}),
    }),
    inRound(Score),
    inRound(ScoreSubmission),
  ]);
  const byId = new Map(applications.map((application) => [application.id, application]));
  const scoresOf = groupBy(scores, (score) => score.applicationId);
  const submissionsOf = groupBy(submissions, (submission) => submission.applicationId);
  const criterion = tieBreakCriterion(rubric);
  const ranked = rankApplications(
    applications.map((application) => ({
      applicationId: application.id,
      state: application.state,
      externalId: application.externalId,
      receivedAt: application.receivedAt,
      underlakareMonthsRegion: application.underlakareMonthsRegion,
      aggregate: submittedAggregate(scoresOf.get(application.id) ?? [], submissionsOf.get(application.id) ?? [], rubric),
    })),
    criterion?.id,
  );
  return { items: ranked.map((candidate) => ({ ...candidate, application: byId.get(candidate.applicationId)! })), tieBreak: rankingTieBreak(criterion?.name) };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

import { aggregateScores, type ScoreAggregateValue } from '@bt/domain';
import type { Score } from './score.entity';
import type { ScoreSubmission } from './score-submission.entity';
import type { RubricCriterion } from '../round/rubric-criterion.entity';

/** REC-4: the aggregate of an application's scores, counting only the members who have submitted theirs. */
export function submittedAggregate(scores: readonly Score[], submissions: readonly ScoreSubmission[], rubric: readonly RubricCriterion[]): ScoreAggregateValue {
  const members = submissions.map((submission) => ({
    memberId: submission.personId,
    scores: scores.filter((score) => score.applicationId === submission.applicationId && score.personId === submission.personId),
  }));
  return aggregateScores(members, rubric);
}

/** The panel member's own scoring (REC-4): their rounds, candidates, rubric and scores. */
export const MY_SCORING_ROUNDS = `query { recruitmentRoundPage(perPage: 100, filter: { state: INTERVIEWS }) {
  items { id name state panel { stage person { id } } } } }`;

export const ROUND_CANDIDATES = `query ($roundId: ID!) { applicationPage(perPage: 500, filter: { roundId: $roundId, eligible: true }) {
  items { id name myScoresSubmitted interview { startsAt } preferredSite { name } } } }`;

export const APPLICATION_SCORING = `query ($id: ID!) { application(id: $id) {
  id name myScoresSubmitted
  myScores { id value comment criterion { id } }
  aggregate { weightedMean spread scoreCount perCriterion { mean count criterion { id name } } }
  round { id name state rubric { id name weight scaleMin scaleMax sortOrder } } } }`;

export const SAVE_SCORE = `mutation ($applicationId: ID!, $criterionId: ID!, $value: Int!, $comment: String) {
  saveScore(applicationId: $applicationId, criterionId: $criterionId, value: $value, comment: $comment) { id value comment } }`;

export const SUBMIT_SCORES = `mutation ($applicationId: ID!) { submitScores(applicationId: $applicationId) { id myScoresSubmitted } }`;

export interface ScoringRound {
  id: string;
  name: string;
  panel: { stage: string; person: { id: string } }[];
}

/** The rounds in which this person sits on the interview panel. */
export function roundsToScore(rounds: ScoringRound[], personId: string | undefined): ScoringRound[] {
  return rounds.filter((round) => round.panel.some((member) => member.stage === 'INTERVIEWS' && member.person.id === personId));
}

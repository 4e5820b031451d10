/** The panel member's own scoring (REC-4): their rounds, candidates, rubric and scores. */
export const MY_SCORING_ROUNDS = `query { recruitmentRoundPage(perPage: 100, filter: { state: INTERVIEWS }) {
  items { id name state panel { stage person { id } } rubric { id } } } }`;

export const ROUND_CANDIDATES = `query ($roundId: ID!) { applicationPage(perPage: 500, filter: { roundId: $roundId, eligible: true }) {
  items { id name myScoresSubmitted myScores { id } interview { startsAt } preferredSite { name } } } }`;

export const APPLICATION_SCORING = `query ($id: ID!) { application(id: $id) {
  id name myScoresSubmitted
  myScores { id value comment criterion { id } }
  aggregate { weightedMean spread scoreCount perCriterion { mean count criterion { id name } } }
  round { id name state rubric { id name weight scaleMin scaleMax sortOrder } } } }`;

export const SUBMIT_SCORES = `mutation ($applicationId: ID!) { submitScores(applicationId: $applicationId) { id myScoresSubmitted } }`;

export interface ScoringRound {
  id: string;
  name: string;
  panel: { stage: string; person: { id: string } }[];
  rubric: { id: string }[];
}

export interface Candidate {
  id: string;
  name: string;
  myScoresSubmitted: boolean;
  myScores: { id: string }[];
  interview: { startsAt: string } | null;
  preferredSite: { name: string };
}

export interface ScoreDraft {
  criterionId: string;
  value: number;
  comment: string | null;
}

/** The rounds in which this person sits on the interview panel. */
export function roundsToScore(rounds: ScoringRound[], personId: string | undefined): ScoringRound[] {
  return rounds.filter((round) => round.panel.some((member) => member.stage === 'INTERVIEWS' && member.person.id === personId));
}

/** Candidates in the order they are interviewed; those without an interview time last, by name. */
export function inInterviewOrder<T extends { name: string; interview: { startsAt: string } | null }>(candidates: readonly T[]): T[] {
  const time = (candidate: T) => candidate.interview?.startsAt ?? '\uffff';
  return [...candidates].sort((a, b) => time(a).localeCompare(time(b)) || a.name.localeCompare(b.name, 'sv'));
}

/**
 * One request that saves a whole candidate's scores (every changed criterion, REC-4): one `saveScore`
 * per criterion under its own alias, which the graph runs in order. The form is saved as a whole,
 * never a criterion at a time.
 */
export function saveScoresRequest(applicationId: string, drafts: readonly ScoreDraft[]): { document: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = { applicationId };
  const parameters = ['$applicationId: ID!'];
  const fields = drafts.map((draft, index) => {
    Object.assign(variables, { [`criterion${index}`]: draft.criterionId, [`value${index}`]: draft.value, [`comment${index}`]: draft.comment });
    parameters.push(`$criterion${index}: ID!`, `$value${index}: Int!`, `$comment${index}: String`);
    return `score${index}: saveScore(applicationId: $applicationId, criterionId: $criterion${index}, value: $value${index}, comment: $comment${index}) { id }`;
  });
  return { document: `mutation (${parameters.join(', ')}) { ${fields.join(' ')} }`, variables };
}

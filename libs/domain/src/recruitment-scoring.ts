import type { IsoDate } from './iso-date';
import { ApplicationState, RecruitmentRoundState, ROUND_STATE_LABELS_SV, swedishList } from './recruitment';
import { IN_THE_RUNNING } from './recruitment-application-rules';
import { problem, type Problem } from './problem';
import { textFieldProblems } from './text-rules';

export interface CriterionDefinition {
  id: string;
  name: string;
  weight: number;
  scaleMin: number;
  scaleMax: number;
  sortOrder: number;
}

export interface ScoreValue {
  criterionId: string;
  value: number;
}

/** One panel member's scores for one application. */
export interface MemberScores {
  memberId: string;
  scores: readonly ScoreValue[];
}

/** Means, spreads and ranking scores are shown and compared with two decimals. */
/**
 * Two decimals, halves up, whatever order the terms were added in: the hundredths are first cut to six
 * decimals, so 3.0749999999999997 (a sum of floats for 3.075) rounds like 3.075, to 3.08.
 */
export function round2(value: number): number {
  return Math.round(Number((value * 100).toFixed(6))) / 100;
}

/**
 * REC-4: scores are set by the members of the interview stage, while the round is in INTERVIEWS, for
 * applications still in the running (eligible under REC-3); a value is a whole number on the
 * criterion's scale; a comment has at most 2000 characters.
 */
export function scoreProblems(
  score: { value: number; comment?: string | null },
  context: {
    roundState: RecruitmentRoundState;
    applicationState: ApplicationState;
    criterion: Pick<CriterionDefinition, 'name' | 'scaleMin' | 'scaleMax'>;
    /** Whether the member has submitted their scores for the application (and the Director has not reopened them). */
    submitted: boolean;
  },
): Problem[] {
  const problems = scoringStateProblems(context.roundState, context.applicationState);
  // after the interviews every score is final: ROUND_NOT_IN_INTERVIEWS says so on its own
  if (context.submitted && context.roundState === RecruitmentRoundState.INTERVIEWS) {
    problems.push(
      problem('SCORES_ALREADY_SUBMITTED', 'Du har lämnat in dina poäng för ansökan; de kan bara ändras om AT/BT-chefen öppnar bedömningen igen.', {
        rule: 'REC-4',
      }),
    );
  }
  const { name, scaleMin, scaleMax } = context.criterion;
  if (!Number.isInteger(score.value) || score.value < scaleMin || score.value > scaleMax) {
    const message = `Poängen för ${name} ska vara ett heltal ${scaleMin}–${scaleMax}, inte ${score.value}.`;
    problems.push(
      problem('SCORE_OUT_OF_SCALE', message, { rule: 'REC-4', field: 'value', params: { criterion: name, scaleMin, scaleMax, value: score.value } }),
    );
  }
  problems.push(...textFieldProblems('comment', 'Kommentaren', score.comment, { required: false, maxLength: 2000, multiline: true }));
  return problems;
}

/** REC-4: scoring and submitting happen in INTERVIEWS, for applications in the running (REC-3). */
export function scoringStateProblems(roundState: RecruitmentRoundState, applicationState: ApplicationState): Problem[] {
  const problems: Problem[] = [];
  if (roundState !== RecruitmentRoundState.INTERVIEWS) {
    const state = ROUND_STATE_LABELS_SV[roundState];
    problems.push(
      problem('ROUND_NOT_IN_INTERVIEWS', `Poäng sätts och ändras medan omgången är i intervjuer; nu är den i läget ${state}.`, {
        rule: 'REC-4',
        params: { state },
      }),
    );
  }
  if (!IN_THE_RUNNING.includes(applicationState)) {
    problems.push(
      problem('APPLICATION_NOT_IN_RUNNING', 'Bara ansökningar som uppfyller de formella kraven och inte fått erbjudande bedöms.', { rule: 'REC-3' }),
    );
  }
  return problems;
}

/** REC-4: the Director reopens a member's submitted scores while the round is in interviews; scores that were never submitted cannot be reopened. */
export function reopenProblems(roundState: RecruitmentRoundState, submitted: boolean): Problem[] {
  const problems = roundState === RecruitmentRoundState.INTERVIEWS ? [] : scoringStateProblems(roundState, ApplicationState.INTERVIEWED);
  if (!submitted) {
    problems.push(
      problem('SCORES_NOT_SUBMITTED', 'Ledamoten har inte lämnat in några poäng för ansökan, så det finns inget att öppna igen.', { rule: 'REC-4' }),
    );
  }
  return problems;
}

/** REC-4: a member submits once they have scored every criterion of the rubric. */
export function submissionProblems(criteria: readonly CriterionDefinition[], scored: readonly ScoreValue[]): Problem[] {
  const missing = [...criteria].sort((a, b) => a.sortOrder - b.sortOrder).filter((criterion) => !scored.some((score) => score.criterionId === criterion.id));
  if (missing.length === 0) return [];
  const names = swedishList(missing.map((c) => c.name));
  return [problem('SCORES_MISSING', `Sätt poäng på ${names} innan du lämnar in bedömningen.`, { rule: 'REC-4', params: { criteria: names } })];
}

/** One member's weighted score: Σ weight × value / Σ weight over the criteria they scored (the weights normalised). */
export function weightedScore(scores: readonly ScoreValue[], criteria: readonly CriterionDefinition[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const score of scores) {
    const criterion = criteria.find((c) => c.id === score.criterionId);
    if (!criterion) continue;
    weighted += criterion.weight * score.value;
    weights += criterion.weight;
  }
  return weights === 0 ? null : weighted / weights;
}

/**
 * REC-4: the panel's aggregate is shown while interviews go on only once at least this many members
 * have submitted. With two, a member who knows their own scores reads the other's exact scores back
 * from the mean; with three or more the others' scores are mixed.
 */
export const MIN_SUBMISSIONS_FOR_AGGREGATE = 3;

/** Who asks for an application's aggregate, as REC-4 sees them. */
export interface AggregateReader {
  /** Sits on the interview stage of the application's round. */
  seatedOnInterviewPanel: boolean;
  /** Has submitted their own scores for the application. */
  submitted: boolean;
  /** Decides on recruitment (the Director and the deputy, DECIDE_RECRUITMENT). */
  decides: boolean;
}

/**
 * REC-4, independent scoring: whether `reader` sees the panel's aggregate of an application, never the
 * members' scores one by one.
 * - The Director who runs the round and does not sit on its interview stage scores nothing, so has no
 *   independence to lose: they always see it (as the ranking shows it to them); seated, once the round
 *   has left INTERVIEWS.
 * - Anyone else sees it only after submitting their own scores.
 * - While the round is in INTERVIEWS, a seated member who has not submitted sees nothing (the Director
 *   included), and a member who has sees it only once MIN_SUBMISSIONS_FOR_AGGREGATE members have
 *   submitted. Once the round has left INTERVIEWS no score can change, so the threshold no longer applies.
 */
export function aggregateVisible(roundState: RecruitmentRoundState, submittedCount: number, reader: AggregateReader): boolean {
  const interviewing = roundState === RecruitmentRoundState.INTERVIEWS;
  if (reader.decides && (!reader.seatedOnInterviewPanel || !interviewing)) return true;
  if (!reader.submitted) return false;
  return !interviewing || submittedCount >= MIN_SUBMISSIONS_FOR_AGGREGATE;
}

/** The per-criterion figures of an aggregate: the mean and how many scored it (no lowest or highest: they are single members' scores). */
export interface CriterionAggregateValue {
  criterionId: string;
  mean: number | null;
  count: number;
}

export interface ScoreAggregateValue {
  /** The mean of the members' weighted scores, two decimals. */
  weightedMean: number | null;
  /** The population standard deviation of the members' weighted scores, two decimals; null with fewer than two members. */
  spread: number | null;
  /** How many members' score sets it is made of. */
  scoreCount: number;
  perCriterion: CriterionAggregateValue[];
}

/**
 * REC-4: the panel's aggregate for one application from the members' (submitted) scores: each member's
 * weighted score, their mean and spread (standard deviation), and per criterion the mean and how many
 * scored it. Who may see it: aggregateVisible.
 */
export function aggregateScores(members: readonly MemberScores[], criteria: readonly CriterionDefinition[]): ScoreAggregateValue {
  const weighted = members.map((member) => weightedScore(member.scores, criteria)).filter((score): score is number => score !== null);
  const mean = weighted.length === 0 ? null : weighted.reduce((sum, value) => sum + value, 0) / weighted.length;
  const spread = mean === null || weighted.length < 2 ? null : Math.sqrt(weighted.reduce((sum, value) => sum + (value - mean) ** 2, 0) / weighted.length);
  const perCriterion = [...criteria]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((criterion) => {
      const values = members.flatMap((member) => member.scores.filter((score) => score.criterionId === criterion.id).map((score) => score.value));
      return {
        criterionId: criterion.id,
        mean: values.length === 0 ? null : round2(values.reduce((sum, value) => sum + value, 0) / values.length),
        count: values.length,
      };
    });
  return { weightedMean: mean === null ? null : round2(mean), spread: spread === null ? null : round2(spread), scoreCount: weighted.length, perCriterion };
}

// ---- ranking --------------------------------------------------------------------------------

/** The criterion that breaks ties first: the most heavily weighted, the first of them in the rubric (by default Intervju). */
export function tieBreakCriterion(criteria: readonly CriterionDefinition[]): CriterionDefinition | undefined {
  return [...criteria].sort((a, b) => b.weight - a.weight || a.sortOrder - b.sortOrder)[0];
}

/** The tie-break rule, as rankApplications applies it: in Swedish, with a code (and the criterion) for other languages. */
export function rankingTieBreak(criterionName: string | undefined): Problem {
  const first = criterionName ? `högst medelvärde på ${criterionName} (det tyngst vägda kriteriet), ` : '';
  const message = `Högst viktat medelvärde (två decimaler) först. Vid lika: ${first}sedan flest underläkarmånader i regionen, sedan tidigast mottagen ansökan, sedan lägst ansökningsnummer.`;
  return criterionName
    ? problem('TIE_BREAK_BY_CRITERION', message, { rule: 'REC-4', params: { criterion: criterionName } })
    : problem('TIE_BREAK', message, { rule: 'REC-4' });
}

export interface RankingCandidate {
  applicationId: string;
  state: ApplicationState;
  externalId: string;
  receivedAt: IsoDate;
  underlakareMonthsRegion: number;
  /** The aggregate of the submitted score sets. */
  aggregate: ScoreAggregateValue;
}

export interface RankedCandidate extends RankingCandidate {
  rank: number;
  weightedMean: number;
}

/**
 * REC-4, REC-8: the ranking of a round (or of one site's applicants): eligible applications with at
 * least one submitted score set, by weighted mean, ties broken as rankingTieBreak says with
 * `tieBreakCriterionId` (the mean of that criterion). Ranks run 1, 2, 3… without gaps.
 */
export function rankApplications(candidates: readonly RankingCandidate[], tieBreakCriterionId: string | undefined): RankedCandidate[] {
  const tieMean = (candidate: RankingCandidate) => candidate.aggregate.perCriterion.find((c) => c.criterionId === tieBreakCriterionId)?.mean ?? -Infinity;
  return candidates
    .filter(
      (candidate) =>
        candidate.state !== ApplicationState.RECEIVED && candidate.state !== ApplicationState.INELIGIBLE && candidate.aggregate.weightedMean !== null,
    )
    .map((candidate) => ({ ...candidate, weightedMean: candidate.aggregate.weightedMean! }))
    .sort(
      (a, b) =>
        b.weightedMean - a.weightedMean ||
        tieMean(b) - tieMean(a) ||
        b.underlakareMonthsRegion - a.underlakareMonthsRegion ||
        a.receivedAt.localeCompare(b.receivedAt) ||
        a.externalId.localeCompare(b.externalId, 'sv'),
    )
    .map((candidate, index) => ({ ...candidate, rank: index + 1 }));
}

/**
 * REC-8: the reserve list of a site: the ranked applicants not yet offered a position (still in the
 * running), in ranking order, numbered 1, 2, 3… (1 = the next to be offered).
 */
export function reserveList<T extends RankedCandidate>(ranked: readonly T[]): T[] {
  return ranked.filter((candidate) => IN_THE_RUNNING.includes(candidate.state)).map((candidate, index) => ({ ...candidate, rank: index + 1 }));
}

/** What REC-8's proposal needs to know of an applicant on the reserve list. */
export interface ReserveApplicant {
  preferredSiteId: string;
  acceptsOtherSite: boolean;
}

/**
 * REC-8: one reserve list per round. After a decline (or an expired offer) at `siteId`, the next to
 * propose is the best remaining applicant who prefers that site; when none is left there, the best who
 * accepts the other site. `reserve` is the round's reserve list in ranking order.
 */
export function nextFromReserve<T extends ReserveApplicant>(reserve: readonly T[], siteId: string): T | undefined {
  return reserve.find((applicant) => applicant.preferredSiteId === siteId) ?? reserve.find((applicant) => applicant.acceptsOtherSite);
}

/**
 * REC-2, REC-8: the applicants above each site's cut line who have no offer yet: per site, the first
 * `count` of the ranked applicants who prefer it (the cut line after the site's positions), of them those
 * still in the running. `ranked` in ranking order; each site's in the order of `positions`.
 */
export function topOfEachSite<T extends { state: ApplicationState; preferredSiteId: string }>(
  ranked: readonly T[],
  positions: readonly { siteId: string; count: number }[],
): { siteId: string; applicants: T[] }[] {
  return positions.map(({ siteId, count }) => ({
    siteId,
    applicants: ranked
      .filter((applicant) => applicant.preferredSiteId === siteId)
      .slice(0, count)
      .filter((applicant) => IN_THE_RUNNING.includes(applicant.state)),
  }));
}

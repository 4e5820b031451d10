import fs from 'node:fs';
import path from 'node:path';
import { GATEWAY_SECRET_HEADER } from '@bt/auth';
import { addDays } from '@bt/domain';
import type { GraphQLResponse, TestGraph } from '@bt/test-graph';

/** Calls the graph as `username` and returns the data; fails the test with the errors when there are any. */
export async function call<T = Record<string, unknown>>(
  graph: TestGraph,
  username: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await graph.query<T>(query, { token: graph.tokenFor(username), variables });
  if (response.errors?.length || !response.data) throw new Error(`${username}: ${response.errors?.map((error) => error.message).join(' ') ?? 'no data'}`);
  return response.data;
}

/** The first error has `code` and a message matching every pattern. */
export function expectRefused(response: GraphQLResponse, code: string, ...messages: RegExp[]): void {
  expect(response.errors?.[0].extensions?.code).toBe(code);
  for (const message of messages) expect(response.errors?.[0].message).toMatch(message);
}

/** What a test expects of one problem in `extensions.problems`: its code, and the rule, field and params it names. */
export interface ExpectedProblem {
  code: string;
  rule?: string;
  field?: string;
  params?: Record<string, string | number>;
}

/** The problems in the first error's `extensions`. */
export function problemsOf(response: GraphQLResponse): (ExpectedProblem & { message: string })[] {
  return (response.errors?.[0].extensions as { problems?: (ExpectedProblem & { message: string })[] } | undefined)?.problems ?? [];
}

/** The first error has `code` and, in `extensions.problems`, exactly these problems in order (each with code, rule and field as given, and a message). */
export function expectProblems(response: GraphQLResponse, code: string, ...problems: ExpectedProblem[]): void {
  expect(response.errors?.[0].extensions?.code).toBe(code);
  expect(problemsOf(response)).toEqual(problems.map((item) => expect.objectContaining({ ...item, message: expect.any(String) })));
}

/**
 * A round that follows REC-1 and REC-6: deadline 25 days after the advert, interviews within the week
 * after. Tests make several rounds in one graph, some for a BT start that has one already (the demo
 * round's, VT 2027), so (REC-1) the Director gives a reason.
 */
export const ROUND_INPUT = {
  name: 'BT-rekrytering VT 2028',
  advertDate: '2027-09-06',
  applicationDeadline: '2027-10-01',
  interviewDays: ['2027-10-06', '2027-10-07'],
  secondRoundReason: 'Testomgång vid sidan av de andra omgångarna.',
};

export const ROUND_FIELDS = `id name state advertDate applicationDeadline interviewDays startDate warnings allowedTransitions
  positions { site { id name } count } rubric { id name weight scaleMin scaleMax sortOrder }`;

export interface RoundResult {
  id: string;
  name: string;
  state: string;
  warnings: string[];
  allowedTransitions: string[];
  positions: { site: { id: string; name: string }; count: number }[];
  rubric: { id: string; name: string; weight: number; scaleMin: number; scaleMax: number; sortOrder: number }[];
}

/** The sample export of the job portal that the import command, the demo data and the tests share. */
export const SAMPLE_CSV = fs.readFileSync(path.resolve(__dirname, '../../../tools/recruitment-import/sample/ansokningar.csv'), 'utf8');
export const CSV_HEADER = SAMPLE_CSV.split('\n')[0];

/** A new round (the Director), moved on to `state` one step at a time. */
export async function createRound(graph: TestGraph, state = 'DRAFT', input: Record<string, unknown> = {}): Promise<string> {
  const { createRecruitmentRound } = await call<{ createRecruitmentRound: { id: string } }>(
    graph,
    'atbt-chef',
    'mutation ($input: RecruitmentRoundInput!) { createRecruitmentRound(input: $input) { id } }',
    { input: { ...ROUND_INPUT, ...input } },
  );
  await moveRound(graph, createRecruitmentRound.id, 'DRAFT', state);
  return createRecruitmentRound.id;
}

const ROUND_STATES = ['DRAFT', 'OPEN', 'SCREENING', 'INTERVIEWS', 'OFFERS', 'CLOSED'];

/** The Director moves a round from state `from` to `to`, one step at a time. */
export async function moveRound(graph: TestGraph, id: string, from: string, to: string): Promise<void> {
  for (const state of ROUND_STATES.slice(ROUND_STATES.indexOf(from) + 1, ROUND_STATES.indexOf(to) + 1)) {
    await call(graph, 'atbt-chef', MOVE_ROUND, { id, to: state });
  }
}

export const IMPORT =
  'mutation ($roundId: ID!, $csv: String!) { importApplications(roundId: $roundId, csv: $csv) { created unchanged errors { line reason codes } } }';

/** An open round with the sample applications imported by HR; the application ids by application number. */
export async function roundWithApplications(graph: TestGraph, input: Record<string, unknown> = {}): Promise<{ roundId: string; ids: Map<string, string> }> {
  const roundId = await createRound(graph, 'OPEN', input);
  await call(graph, 'hr-samordnare', IMPORT, { roundId, csv: SAMPLE_CSV });
  const { applicationPage } = await call<{ applicationPage: { items: { id: string; externalId: string }[] } }>(
    graph,
    'hr-samordnare',
    'query ($roundId: ID!) { applicationPage(perPage: 100, filter: { roundId: $roundId }) { items { id externalId } } }',
    { roundId },
  );
  return { roundId, ids: new Map(applicationPage.items.map((item) => [item.externalId, item.id])) };
}

export const RECORD_REQUIREMENT = `mutation ($id: ID!, $requirement: FormalRequirement!, $met: Boolean!, $evidence: String!) {
  recordRequirement(applicationId: $id, requirement: $requirement, met: $met, evidence: $evidence) { id state eligible ineligibilityReasons } }`;

/** REC-3: HR records the three requirements of an application, all met unless one is named. */
export async function recordRequirements(graph: TestGraph, applicationId: string, unmet?: string): Promise<void> {
  for (const requirement of ['BT_REQUIREMENT', 'LICENCE', 'SWEDISH_C1']) {
    await call(graph, 'hr-samordnare', RECORD_REQUIREMENT, {
      id: applicationId,
      requirement,
      met: requirement !== unmet,
      evidence: `Kontrollerat: ${requirement}`,
    });
  }
}

/** `_entities` for one representation, asked of the employment subgraph directly as the gateway would (with its secret). */
export async function entityAsGateway(graph: TestGraph, username: string, typename: string, id: string): Promise<GraphQLResponse> {
  const response = await fetch(graph.subgraphUrls.employment, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${graph.tokenFor(username)}`, [GATEWAY_SECRET_HEADER]: graph.auth.gatewaySecret },
    body: JSON.stringify({
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { id } } }`,
      variables: { r: [{ __typename: typename, id }] },
    }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

export const ADD_PANEL_MEMBER = `mutation ($roundId: ID!, $personId: ID!, $stage: RecruitmentStage!, $capacity: PanelCapacity!) {
  addPanelMember(roundId: $roundId, personId: $personId, stage: $stage, capacity: $capacity) { id stage capacity person { username } } }`;

/** The demo panel (REC-9): on every stage HR, the deputy director for management and both directors of studies. */
export const FULL_PANEL: [username: string, capacity: string][] = [
  ['hr-samordnare', 'HR'],
  ['bitr-atbt-chef', 'MANAGEMENT'],
  ['studierektor-sluten', 'DIRECTOR_OF_STUDIES'],
  ['studierektor-primar', 'DIRECTOR_OF_STUDIES'],
];
export const STAGES = ['SCREENING', 'INTERVIEWS', 'OFFERS'];

/** The Director seats `seats` on each of `stages`; the new members' ids. */
export async function seatPanel(graph: TestGraph, roundId: string, seats = FULL_PANEL, stages = STAGES): Promise<string[]> {
  const ids: string[] = [];
  for (const stage of stages) {
    for (const [username, capacity] of seats) {
      const { addPanelMember } = await call<{ addPanelMember: { id: string } }>(graph, 'atbt-chef', ADD_PANEL_MEMBER, {
        roundId,
        personId: graph.viewer(username).id,
        stage,
        capacity,
      });
      ids.push(addPanelMember.id);
    }
  }
  return ids;
}

export const MOVE_ROUND = 'mutation ($id: ID!, $to: RecruitmentRoundState!) { moveRecruitmentRound(id: $id, to: $to) { id state allowedTransitions } }';

export const SAVE_SCORE = `mutation ($applicationId: ID!, $criterionId: ID!, $value: Int!, $comment: String) {
  saveScore(applicationId: $applicationId, criterionId: $criterionId, value: $value, comment: $comment) { id value comment updatedAt criterion { name } } }`;
export const SUBMIT_SCORES =
  'mutation ($applicationId: ID!) { submitScores(applicationId: $applicationId) { id state myScoresSubmitted aggregate { weightedMean scoreCount } } }';

/** The round's rubric criteria ids, in order (Intervju, Kliniskt test, Referenser, Meriter by default). */
export async function rubricOf(graph: TestGraph, roundId: string): Promise<string[]> {
  const { recruitmentRound } = await call<{ recruitmentRound: { rubric: { id: string }[] } }>(
    graph,
    'atbt-chef',
    'query ($id: ID!) { recruitmentRound(id: $id) { rubric { id } } }',
    { id: roundId },
  );
  return recruitmentRound.rubric.map((criterion) => criterion.id);
}

/** A panel member scores every criterion of an application (values in rubric order) and submits. */
export async function scoreAndSubmit(graph: TestGraph, username: string, applicationId: string, criteria: string[], values: number[]): Promise<void> {
  for (const [index, criterionId] of criteria.entries()) {
    await call(graph, username, SAVE_SCORE, { applicationId, criterionId, value: values[index] });
  }
  await call(graph, username, SUBMIT_SCORES, { applicationId });
}

const SLOT_PLAN_VARIABLES =
  '$roundId: ID!, $days: [Date!], $slotMinutes: Int, $dayStart: String, $dayEnd: String, $lunchStart: String, $lunchMinutes: Int, $room: String!, $panelPersonIds: [ID!]!';
const SLOT_PLAN_ARGUMENTS =
  'roundId: $roundId, days: $days, slotMinutes: $slotMinutes, dayStart: $dayStart, dayEnd: $dayEnd, lunchStart: $lunchStart, lunchMinutes: $lunchMinutes, room: $room, panelPersonIds: $panelPersonIds';
export const GENERATE_SLOTS = `mutation (${SLOT_PLAN_VARIABLES}) {
  generateInterviewSlots(${SLOT_PLAN_ARGUMENTS}) { id startsAt endsAt room panel { username } application { id } } }`;
export const PREVIEW_SLOTS = `query (${SLOT_PLAN_VARIABLES}) { previewInterviewSlots(${SLOT_PLAN_ARGUMENTS}) { startsAt endsAt } }`;

/** REC-6, REC-9: where and with whom slots are laid out: a room, and people of the round's interview panel. */
export function slotPlace(graph: TestGraph, usernames: readonly string[], room = 'Sammanträdesrum 1'): { room: string; panelPersonIds: string[] } {
  return { room, panelPersonIds: usernames.map((username) => graph.viewer(username).id) };
}
export const SCHEDULE =
  'mutation ($applicationId: ID!, $slotId: ID!) { scheduleInterview(applicationId: $applicationId, slotId: $slotId) { id state interview { id startsAt } } }';

export const RECORD_CHECK =
  'mutation ($applicationId: ID!, $shownOn: Date!) { recordCriminalRecordCheck(applicationId: $applicationId, shownOn: $shownOn) { id criminalRecordCheck { shownOn recordedAt checkedBy { username } } } }';
export const MAKE_OFFER =
  'mutation ($applicationId: ID!, $siteId: ID!, $answerBy: Date!) { makeOffer(applicationId: $applicationId, siteId: $siteId, answerBy: $answerBy) { id state answerBy site { name } application { state } } }';
export const ANSWER_OFFER = `mutation ($offerId: ID!, $accepted: Boolean!) { answerOffer(offerId: $offerId, accepted: $accepted) {
  offer { id state answeredAt application { state } trainee { id name } } proposedNext { id externalId } } }`;
export const EXPIRE_OFFERS =
  'mutation ($roundId: ID!) { expireOffers(roundId: $roundId) { offer { id state application { externalId state } } proposedNext { externalId } } }';

/** The site's id by its name. */
export function siteId(graph: TestGraph, name: string): string {
  return graph.data.sites.find((site) => site.name === name)!.id;
}

/**
 * EMP-1: an applicant of a new round with one seat at the site who is interviewed, offered a place on
 * `today` and accepts: recruitment's whole way to a trainee. Returns the trainee's id.
 */
export async function employAcceptedApplicant(graph: TestGraph, today: string, site: string): Promise<string> {
  const { roundId, ids } = await roundWithApplications(graph, { positions: [{ siteId: siteId(graph, site), count: 1 }] });
  const applicationId = ids.get('OJ-2027-1002')!;
  await recordRequirements(graph, applicationId);
  await seatPanel(graph, roundId);
  await moveRound(graph, roundId, 'OPEN', 'INTERVIEWS');
  await scoreAndSubmit(graph, 'hr-samordnare', applicationId, await rubricOf(graph, roundId), [5, 4, 4, 3]);
  await call(graph, 'atbt-chef', MOVE_ROUND, { id: roundId, to: 'OFFERS' });
  await call(graph, 'atbt-chef', RECORD_CHECK, { applicationId, shownOn: today });
  const { makeOffer } = await call<{ makeOffer: { id: string } }>(graph, 'atbt-chef', MAKE_OFFER, {
    applicationId,
    siteId: siteId(graph, site),
    answerBy: addDays(today, 7),
  });
  const { answerOffer } = await call<{ answerOffer: { offer: { trainee: { id: string } } } }>(graph, 'atbt-chef', ANSWER_OFFER, {
    offerId: makeOffer.id,
    accepted: true,
  });
  return answerOffer.offer.trainee.id;
}

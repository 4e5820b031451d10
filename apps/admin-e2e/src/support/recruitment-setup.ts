import type { TestGraph } from '@bt/test-graph';

interface Result<T> {
  data?: T | null;
  errors?: { message: string }[];
}

async function call<T>(graph: TestGraph, username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = (await graph.query<T>(query, { token: graph.tokenFor(username), variables })) as Result<T>;
  if (response.errors?.length || !response.data) throw new Error(`${username}: ${response.errors?.map((e) => e.message).join(' ')}`);
  return response.data;
}

const STAGES = ['SCREENING', 'INTERVIEWS', 'OFFERS'];
const PANEL: [string, string][] = [
  ['hr-samordnare', 'HR'],
  ['atbt-chef', 'MANAGEMENT'],
  ['studierektor-sluten', 'DIRECTOR_OF_STUDIES'],
];

/**
 * A round in the INTERVIEWS state, made as users would through the graph: the Director creates it,
 * HR imports the applications and records the formal requirements, the Director sets the panel
 * (REC-9) and moves the round forward. Returns the round and the eligible applicants.
 */
export async function roundReadyForScoring(graph: TestGraph, csv: string): Promise<{ roundId: string; applicants: { id: string; name: string }[] }> {
  const { createRecruitmentRound } = await call<{ createRecruitmentRound: { id: string } }>(
    graph,
    'atbt-chef',
    `mutation ($input: RecruitmentRoundInput!) { createRecruitmentRound(input: $input) { id } }`,
    { input: { name: 'BT-rekrytering e2e', advertDate: '2027-09-06', applicationDeadline: '2027-10-04', interviewDays: ['2027-10-11', '2027-10-12'] } },
  );
  const roundId = createRecruitmentRound.id;
  await call(graph, 'atbt-chef', `mutation ($id: ID!) { moveRecruitmentRound(id: $id, to: OPEN) { id } }`, { id: roundId });
  await call(graph, 'hr-samordnare', `mutation ($roundId: ID!, $csv: String!) { importApplications(roundId: $roundId, csv: $csv) { created } }`, {
    roundId,
    csv,
  });
  const { applicationPage } = await call<{ applicationPage: { items: { id: string; name: string }[] } }>(
    graph,
    'hr-samordnare',
    `query ($roundId: ID!) { applicationPage(perPage: 100, filter: { roundId: $roundId }) { items { id name } } }`,
    { roundId },
  );
  for (const application of applicationPage.items) {
    for (const requirement of ['BT_REQUIREMENT', 'LICENCE', 'SWEDISH_C1']) {
      await call(
        graph,
        'hr-samordnare',
        `mutation ($id: ID!, $requirement: FormalRequirement!) { recordRequirement(applicationId: $id, requirement: $requirement, met: true, evidence: "Kontrollerat i e2e") { id } }`,
        { id: application.id, requirement },
      );
    }
  }
  for (const stage of STAGES) {
    for (const [username, capacity] of PANEL) {
      await call(
        graph,
        'atbt-chef',
        `mutation ($roundId: ID!, $personId: ID!, $stage: RecruitmentStage!, $capacity: PanelCapacity!) {
          addPanelMember(roundId: $roundId, personId: $personId, stage: $stage, capacity: $capacity) { id } }`,
        { roundId, personId: graph.viewer(username).id, stage, capacity },
      );
    }
  }
  for (const to of ['SCREENING', 'INTERVIEWS']) {
    await call(graph, 'atbt-chef', `mutation ($id: ID!, $to: RecruitmentRoundState!) { moveRecruitmentRound(id: $id, to: $to) { id } }`, { id: roundId, to });
  }
  return { roundId, applicants: applicationPage.items };
}

/** A panel member scores every criterion of the application's rubric with `value` and submits (REC-4), through the graph. */
export async function scoreAndSubmitAs(graph: TestGraph, username: string, applicationId: string, value: number): Promise<void> {
  const { application } = await call<{ application: { round: { rubric: { id: string }[] } } }>(
    graph,
    username,
    `query ($id: ID!) { application(id: $id) { round { rubric { id } } } }`,
    { id: applicationId },
  );
  for (const criterion of application.round.rubric) {
    await call(
      graph,
      username,
      `mutation ($applicationId: ID!, $criterionId: ID!, $value: Int!) { saveScore(applicationId: $applicationId, criterionId: $criterionId, value: $value) { id } }`,
      { applicationId, criterionId: criterion.id, value },
    );
  }
  await call(graph, username, `mutation ($applicationId: ID!) { submitScores(applicationId: $applicationId) { id } }`, { applicationId });
}

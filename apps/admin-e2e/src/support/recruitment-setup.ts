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

/**
 * A round open for applications (REC-1), beside the demo data's round for the same start term (with
 * the Director's reason), for the import tests to import into.
 */
export async function openRoundForImport(graph: TestGraph, name: string): Promise<string> {
  const { createRecruitmentRound } = await call<{ createRecruitmentRound: { id: string } }>(
    graph,
    'atbt-chef',
    'mutation ($input: RecruitmentRoundInput!) { createRecruitmentRound(input: $input) { id } }',
    {
      input: {
        name,
        advertDate: '2027-09-06',
        applicationDeadline: '2027-10-04',
        interviewDays: ['2027-10-11', '2027-10-12'],
        // REC-1: the other browser tests may have made a round for this start term already
        secondRoundReason: 'Testomgång vid sidan av de andra omgångarna.',
      },
    },
  );
  await call(graph, 'atbt-chef', 'mutation ($id: ID!) { moveRecruitmentRound(id: $id, to: OPEN) { id } }', { id: createRecruitmentRound.id });
  return createRecruitmentRound.id;
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
/** REC-6: the round's calendar; by default one whose deadline has passed on the test graph's day (2026-11-22) and whose interviews are to come. */
export interface RoundCalendar {
  advertDate: string;
  applicationDeadline: string;
  interviewDays: string[];
  /** The year-month the file's applications arrived in, before the deadline (REC-1: none late). */
  receivedIn: string;
}

const CALENDAR: RoundCalendar = {
  advertDate: '2026-09-07',
  applicationDeadline: '2026-10-02',
  interviewDays: ['2026-11-23', '2026-11-24'],
  receivedIn: '2026-09',
};

export async function roundReadyForScoring(
  graph: TestGraph,
  csv: string,
  calendar: RoundCalendar = CALENDAR,
): Promise<{ roundId: string; applicants: { id: string; name: string }[] }> {
  const { createRecruitmentRound } = await call<{ createRecruitmentRound: { id: string } }>(
    graph,
    'atbt-chef',
    `mutation ($input: RecruitmentRoundInput!) { createRecruitmentRound(input: $input) { id } }`,
    {
      input: {
        name: 'BT-rekrytering e2e',
        advertDate: calendar.advertDate,
        applicationDeadline: calendar.applicationDeadline,
        interviewDays: calendar.interviewDays,
        // REC-1: the demo round is the default calendar's start term's round (VT 2027)
        // REC-1: the other browser tests may have made a round for this start term already
        secondRoundReason: 'Testomgång vid sidan av de andra omgångarna.',
      },
    },
  );
  const roundId = createRecruitmentRound.id;
  await call(graph, 'atbt-chef', `mutation ($id: ID!) { moveRecruitmentRound(id: $id, to: OPEN) { id } }`, { id: roundId });
  // the file's applications arrived before this round's deadline (REC-1: none late)
  await call(graph, 'hr-samordnare', `mutation ($roundId: ID!, $csv: String!) { importApplications(roundId: $roundId, csv: $csv) { created } }`, {
    roundId,
    csv: csv.replaceAll(';2027-09-', `;${calendar.receivedIn}-`),
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

/**
 * HR lays out the round's interview times (in a room of the round's own, with the round's interview
 * panel) and books the applicants into them in the given order (REC-6), through the graph; with `from`,
 * only on days from that day on (no times in the past).
 */
export async function bookInterviews(graph: TestGraph, roundId: string, applicants: readonly { id: string }[], from = ''): Promise<void> {
  const { recruitmentRound: round } = await call<{
    recruitmentRound: { name: string; interviewDays: string[]; panel: { stage: string; person: { id: string } }[] };
  }>(graph, 'hr-samordnare', 'query ($id: ID!) { recruitmentRound(id: $id) { name interviewDays panel { stage person { id } } } }', { id: roundId });
  const { generateInterviewSlots } = await call<{ generateInterviewSlots: { id: string; startsAt: string }[] }>(
    graph,
    'hr-samordnare',
    `mutation ($roundId: ID!, $days: [Date!], $room: String!, $panelPersonIds: [ID!]!) {
      generateInterviewSlots(roundId: $roundId, days: $days, room: $room, panelPersonIds: $panelPersonIds) { id startsAt } }`,
    {
      roundId,
      days: round.interviewDays.filter((day) => day >= from),
      room: `Sammanträdesrummet, ${round.name}`,
      panelPersonIds: [...new Set(round.panel.filter((member) => member.stage === 'INTERVIEWS').map((member) => member.person.id))],
    },
  );
  const slots = [...generateInterviewSlots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const [index, applicant] of applicants.entries()) {
    await call(
      graph,
      'hr-samordnare',
      `mutation ($applicationId: ID!, $slotId: ID!) { scheduleInterview(applicationId: $applicationId, slotId: $slotId) { id } }`,
      {
        applicationId: applicant.id,
        slotId: slots[index].id,
      },
    );
  }
}

/** REC-7: HR records the criminal-records extract as shown today, then the Director offers the applicant a place at `siteName`; returns the offer. */
export async function offerTo(
  graph: TestGraph,
  applicationId: string,
  siteName: string,
  { today, answerBy }: { today: string; answerBy: string },
): Promise<string> {
  await call(graph, 'hr-samordnare', `mutation ($id: ID!, $shownOn: Date!) { recordCriminalRecordCheck(applicationId: $id, shownOn: $shownOn) { id } }`, {
    id: applicationId,
    shownOn: today,
  });
  const { sites } = await call<{ sites: { id: string; name: string }[] }>(graph, 'atbt-chef', `query { sites { id name } }`);
  const { makeOffer } = await call<{ makeOffer: { id: string } }>(
    graph,
    'atbt-chef',
    `mutation ($id: ID!, $siteId: ID!, $answerBy: Date!) { makeOffer(applicationId: $id, siteId: $siteId, answerBy: $answerBy) { id } }`,
    { id: applicationId, siteId: sites.find((site) => site.name === siteName)!.id, answerBy },
  );
  return makeOffer.id;
}

/**
 * A round in OFFERS: every panel member has scored and submitted the first `scored` applicants (REC-4),
 * the next one is invited to an interview but not yet scored, and the first has accepted the Director's
 * offer at Växjö (REC-7, EMP-1). Returns the round, the applicants and the one employed.
 */
export async function roundWithAcceptedOffer(
  graph: TestGraph,
  csv: string,
  dates: { scored: number; today: string; answerBy: string; calendar: RoundCalendar },
): Promise<{ roundId: string; applicants: { id: string; name: string }[]; accepted: { id: string; name: string } }> {
  const round = await roundReadyForScoring(graph, csv, dates.calendar);
  for (const applicant of round.applicants.slice(0, dates.scored)) {
    for (const [username] of PANEL) await scoreAndSubmitAs(graph, username, applicant.id, 4);
  }
  await bookInterviews(graph, round.roundId, round.applicants.slice(dates.scored, dates.scored + 1), dates.today);
  await call(graph, 'atbt-chef', `mutation ($id: ID!) { moveRecruitmentRound(id: $id, to: OFFERS) { id } }`, { id: round.roundId });
  const accepted = round.applicants[0];
  const offerId = await offerTo(graph, accepted.id, 'Växjö', dates);
  await call(graph, 'atbt-chef', `mutation ($id: ID!) { answerOffer(offerId: $id, accepted: true) { offer { id } } }`, { id: offerId });
  return { ...round, accepted };
}

import { GATEWAY_SECRET_HEADER, ServiceName, signServiceToken } from '@bt/auth';
import { clinicalSupervisionBounds } from '@bt/domain';
import { DEFAULT_AS_OF } from '@bt/seed';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';

const FEED = 'query ($after: Int!, $first: Int!) { educationChanges(after: $after, first: $first) { position traineeId state } }';
const OWN_TRAINEES = '{ trainees(allSites: true) { id certificates { kind } } }';
const FACTS = `query ($traineeId: ID!, $personId: ID!, $appointerId: ID!) { supervisionFacts(traineeId: $traineeId, personId: $personId, appointerId: $appointerId) {
  personFound personRoles personUnitId traineeEmploymentForm traineeSiteId appointerUnitId qualification { licensed } } }`;

/** Operations of the organisation (READ_ORGANISATION), which education's identity reads to plan (a unit per placement, EDU-2). */
/** What education's identity reads: the organisation, and the programme (a cohort's site for its activities, EDU-6). */
const ORGANISATION = ['sites', 'goals', 'goalFrameworks', 'cohorts', 'siteOverviews'];

/** Operations of every subgraph that no service identity may call, but education's the organisation's (README, "Tjänsteidentitet mellan delgrafer"). */
const NOT_FOR_SERVICES: [string, string][] = [
  ['trainees', '{ trainees(allSites: true) { id } }'],
  ['traineePage', '{ traineePage { total } }'],
  ['traineeSalaries', '{ traineeSalaries(traineeId: "t") { id } }'],
  ['cohorts', '{ cohorts(allSites: true) { id } }'],
  ['people', '{ people { id } }'],
  ['sites', '{ sites { id } }'],
  ['siteOverviews', '{ siteOverviews { activeTrainees } }'],
  ['recruitmentRoundPage', '{ recruitmentRoundPage { total } }'],
  ['goals', '{ goals { code } }'],
  ['goalFrameworks', '{ goalFrameworks { frameworkVersion } }'],
  ['publishGoalFramework', 'mutation { publishGoalFramework(input: { frameworkVersion: "X 1", goals: [{ code: "X1", title: "X" }] }) { frameworkVersion } }'],
];

describe(`service identities between subgraphs on ${testEngine()}`, () => {
  let graph: TestGraph;
  let employment: string;
  let certification: string;
  let education: string;
  const supervisorOf = (username: string) => graph.viewer(username).id;
  const { startsBy, endsFrom } = clinicalSupervisionBounds(DEFAULT_AS_OF);
  /** What the seed says a person supervises today: main supervision, or clinical supervision of a placement around today (EDU-9). */
  const supervisedBySeed = (personId: string) =>
    [
      ...new Set([
        ...graph.data.mainSupervisions.filter((row) => row.supervisorId === personId).map((row) => row.traineeId),
        ...graph.data.placements
          .filter((row) => row.clinicalSupervisorId === personId && row.startDate <= startsBy && row.endDate >= endsFrom)
          .map((row) => row.traineeId),
      ]),
    ].sort();

  beforeAll(async () => {
    graph = await startTestGraph();
    employment = signServiceToken(ServiceName.EMPLOYMENT, graph.auth.jwtSecret);
    certification = signServiceToken(ServiceName.CERTIFICATION, graph.auth.jwtSecret);
    education = signServiceToken(ServiceName.EDUCATION, graph.auth.jwtSecret);
  });
  afterAll(() => graph?.stop());

  it("employment's and certification's identities read education's change feed: one event per trainee with education rows, then one per plan drafted at employment, in order", async () => {
    const traineesInEducation = [...new Set([...graph.data.placements, ...graph.data.mainSupervisions].map((row) => row.traineeId))].sort();
    for (const token of [employment, certification]) {
      const response = await graph.query<{ educationChanges: { position: number; traineeId: string; state: string }[] }>(FEED, {
        token,
        variables: { after: 0, first: 200 },
      });
      expect(response.errors).toBeUndefined();
      const changes = response.data!.educationChanges;
      expect(changes.map((change) => change.position)).toEqual(changes.map((_, index) => index + 1));
      expect(
        changes
          .slice(0, traineesInEducation.length)
          .map((change) => change.traineeId)
          .sort(),
      ).toEqual(traineesInEducation);
      // EDU-5: education drafted the plans of the trainees still employed when it applied employment's feed
      const planned = (await graph.databases.education.dataSource.query('SELECT traineeId FROM training_plan')) as { traineeId: string }[];
      expect(planned.length).toBeGreaterThan(0);
      expect(
        changes
          .slice(traineesInEducation.length)
          .map((change) => change.traineeId)
          .sort(),
      ).toEqual(planned.map((row) => row.traineeId).sort());
      const [first] = changes;
      expect(JSON.parse(first.state)).toMatchObject({
        traineeId: first.traineeId,
        placements: graph.data.placements.filter((row) => row.traineeId === first.traineeId).map((row) => expect.objectContaining({ id: row.id })),
      });
    }
  });

  it('a page of the feed starts after the position asked for', async () => {
    const response = await graph.query<{ educationChanges: { position: number }[] }>(FEED, { token: employment, variables: { after: 3, first: 2 } });
    expect(response.data!.educationChanges.map((change) => change.position)).toEqual([4, 5]);
  });

  it('a page size out of range is BAD_USER_INPUT (FEED_PAGE_SIZE_OUT_OF_RANGE)', async () => {
    const response = await graph.query(FEED, { token: employment, variables: { after: 0, first: 100_000 } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ code: 'FEED_PAGE_SIZE_OUT_OF_RANGE' }] });
  });

  it('a person may not read the feed, not even the Director or a supervisor: FORBIDDEN', async () => {
    for (const username of ['atbt-chef', 'hhl-vc-teleborg-1', 'handledare-med-vxo-1', 'bt-ida.olsson']) {
      const response = await graph.query(FEED, { token: graph.tokenFor(username), variables: { after: 0, first: 10 } });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(response.data ?? null).toBeNull();
    }
  });

  it("EDU-7, EMP-1: education's identity reads the facts of one supervisor assignment from employment; nobody else may", async () => {
    const { traineeId, supervisorId } = graph.data.mainSupervisions[0];
    const trainee = graph.data.trainees.find((row) => row.id === traineeId)!;
    const supervisor = graph.data.people.find((row) => row.id === supervisorId)!;
    const head = graph.viewer('vc-med-vxo');
    const variables = { traineeId, personId: supervisorId, appointerId: head.id };
    const response = await graph.query<{ supervisionFacts: Record<string, unknown> }>(FACTS, { token: education, variables });
    expect(response.errors).toBeUndefined();
    expect(response.data!.supervisionFacts).toEqual({
      personFound: true,
      personRoles: supervisor.roles,
      personUnitId: supervisor.unitId,
      traineeEmploymentForm: trainee.employmentForm,
      traineeSiteId: trainee.siteId,
      appointerUnitId: graph.data.people.find((row) => row.id === head.id)!.unitId,
      // the demo data's supervisor register (supervisor-register.seed.ts)
      qualification: { licensed: graph.data.supervisorQualifications.find((row) => row.id === supervisorId)!.licensed },
    });
    for (const token of [employment, certification, graph.tokenFor('atbt-chef'), graph.tokenFor('hr-samordnare')]) {
      expect((await graph.query(FACTS, { token, variables })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it.each(NOT_FOR_SERVICES)(
    'refuses a service identity everything else (education reads the organisation): %s is FORBIDDEN, with no data',
    async (name, query) => {
      for (const token of ORGANISATION.includes(name) ? [employment, certification] : [employment, certification, education]) {
        const response = await graph.query<Record<string, unknown>>(query, { token });
        expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(Object.values(response.data ?? {}).every((value) => value === null)).toBe(true);
      }
    },
  );

  it('refuses a service identity _entities in every subgraph that owns or extends Trainee', async () => {
    const representations = [{ __typename: 'Trainee', id: graph.data.mainSupervisions[0].traineeId }];
    for (const url of Object.values(graph.subgraphUrls)) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${employment}`, [GATEWAY_SECRET_HEADER]: graph.auth.gatewaySecret },
        body: JSON.stringify({ query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Trainee { id } } }', variables: { r: representations } }),
      });
      const body = (await response.json()) as { data?: { _entities: unknown[] }; errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(body.data?._entities ?? [null]).toEqual([null]);
    }
  });

  it('supervisors still see exactly their own trainees, with their certificates, in employment and certification (row scope on their read models)', async () => {
    for (const username of ['hhl-vc-teleborg-1', 'handledare-med-vxo-1']) {
      const response = await graph.query<{ trainees: { id: string; certificates: unknown[] }[] }>(OWN_TRAINEES, { token: graph.tokenFor(username) });
      expect(response.errors).toBeUndefined();
      expect(response.data!.trainees.map((trainee) => trainee.id).sort()).toEqual(supervisedBySeed(supervisorOf(username)));
    }
  });

  it('the development sign-in never issues a service identity', async () => {
    const url = graph.gatewayUrl.replace(/\/graphql$/, '/auth/dev-token');
    for (const username of ['service:employment', 'employment', 'service:certification']) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username }) });
      expect(response.status).toBe(404);
    }
    const users = (await (await fetch(graph.gatewayUrl.replace(/\/graphql$/, '/auth/dev-users'))).json()) as { roles: string[] }[];
    expect(users.every((user) => user.roles.length > 0)).toBe(true);
  });

  it('an expired service token is UNAUTHENTICATED at the gateway', async () => {
    const expired = signServiceToken(ServiceName.EMPLOYMENT, graph.auth.jwtSecret, -60);
    const response = await graph.query(FEED, { token: expired, variables: { after: 0, first: 10 } });
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

import { GATEWAY_SECRET_HEADER, ServiceName, signServiceToken } from '@bt/auth';
import { clinicalSupervisionBounds } from '@bt/domain';
import { DEFAULT_AS_OF } from '@bt/seed';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';

const SUPERVISED = 'query ($id: ID!) { supervisedTraineeIds(supervisorId: $id) }';
const BY_EDUCATION = 'query ($filter: EducationTraineeFilter!) { educationTraineeIds(filter: $filter) }';
const OWN_TRAINEES = '{ trainees(allSites: true) { id certificates { kind } } }';

/** Operations of every subgraph that no service identity may call (README, "Tjänsteidentitet mellan delgrafer"). */
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
  });
  afterAll(() => graph?.stop());

  it('a service reads whom the person it names supervises, for any supervisor (on the seed day the clinical supervisor has no placement around it)', async () => {
    for (const username of ['hhl-vc-teleborg-1', 'handledare-med-vxo-1']) {
      const id = supervisorOf(username);
      for (const token of [employment, certification]) {
        const response = await graph.query<{ supervisedTraineeIds: string[] }>(SUPERVISED, { token, variables: { id } });
        expect(response.errors).toBeUndefined();
        expect(response.data!.supervisedTraineeIds).toEqual(supervisedBySeed(id));
      }
    }
  });

  it("employment's identity looks trainees up by education's criteria, all of them (employment narrows them to its caller's scope)", async () => {
    const response = await graph.query<{ educationTraineeIds: string[] }>(BY_EDUCATION, {
      token: employment,
      variables: { filter: { withMainSupervisor: true } },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.educationTraineeIds).toEqual([...new Set(graph.data.mainSupervisions.map((row) => row.traineeId))].sort());
  });

  it("certification's identity may not: FORBIDDEN", async () => {
    const response = await graph.query(BY_EDUCATION, { token: certification, variables: { filter: { withMainSupervisor: true } } });
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(response.data ?? null).toBeNull();
  });

  it.each(NOT_FOR_SERVICES)('refuses a service identity everything else: %s is FORBIDDEN, with no data', async (_name, query) => {
    for (const token of [employment, certification]) {
      const response = await graph.query<Record<string, unknown>>(query, { token });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(Object.values(response.data ?? {}).every((value) => value === null)).toBe(true);
    }
  });

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

  it('a supervisor asks only about themselves: someone else is FORBIDDEN (SUPERVISOR_NOT_SELF)', async () => {
    const token = graph.tokenFor('hhl-vc-teleborg-1');
    const own = await graph.query<{ supervisedTraineeIds: string[] }>(SUPERVISED, { token, variables: { id: supervisorOf('hhl-vc-teleborg-1') } });
    expect(own.data!.supervisedTraineeIds).toEqual(supervisedBySeed(supervisorOf('hhl-vc-teleborg-1')));

    const other = await graph.query<Record<string, unknown>>(SUPERVISED, { token, variables: { id: supervisorOf('handledare-med-vxo-1') } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', problems: [{ code: 'SUPERVISOR_NOT_SELF' }] });
    expect(other.data ?? null).toBeNull();
  });

  it('people without a supervisor role may not ask at all, not even the Director', async () => {
    const response = await graph.query(SUPERVISED, { token: graph.tokenFor('atbt-chef'), variables: { id: supervisorOf('hhl-vc-teleborg-1') } });
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('supervisors still see exactly their own trainees, with their certificates, in employment and certification', async () => {
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
    const response = await graph.query(SUPERVISED, { token: expired, variables: { id: supervisorOf('hhl-vc-teleborg-1') } });
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

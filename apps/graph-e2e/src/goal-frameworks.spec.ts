import { BT_GOALS, GOAL_FRAMEWORK_VERSION } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';

const PUBLISH = `mutation ($input: PublishGoalFrameworkInput!) {
  publishGoalFramework(input: $input) { frameworkVersion goals { code title } publishedBy { name } } }`;

interface Goals {
  goals: { code: string; title: string; frameworkVersion: string }[];
}

describe(`goals as revisable reference data on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const revised = {
    frameworkVersion: 'HSLF-FS 2027:1',
    goals: BT_GOALS.map((goal) => (goal.code === 'BT18' ? { code: 'BT18', title: 'Dödsbevis, dödsorsaksintyg och anmälan' } : goal)),
  };

  it('every signed-in role reads the goals in force, BT1–BT18, of the newest framework', async () => {
    const response = await graph.query<Goals & { goalFrameworks: { frameworkVersion: string }[] }>(
      '{ goals { code title frameworkVersion } goalFrameworks { frameworkVersion } }',
      {
        token: graph.tokenFor('bt-ida.olsson'),
      },
    );
    expect(response.data!.goals.map((g) => g.code)).toEqual(BT_GOALS.map((g) => g.code));
    expect(new Set(response.data!.goals.map((g) => g.frameworkVersion))).toEqual(new Set([response.data!.goalFrameworks[0].frameworkVersion]));
  });

  it('a director of studies may not publish a revision', async () => {
    const response = await graph.query(PUBLISH, { token: graph.tokenFor('studierektor-sluten'), variables: { input: revised } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', problems: [{ code: 'NOT_PERMITTED' }] });
  });

  it('the Director publishes a revision as a new version; recorded progress keeps the version it was made against', async () => {
    const token = graph.tokenFor('atbt-chef');
    const published = await graph.query<{ publishGoalFramework: { frameworkVersion: string; goals: { title: string }[]; publishedBy: { name: string } } }>(
      PUBLISH,
      { token, variables: { input: revised } },
    );
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishGoalFramework).toMatchObject({
      frameworkVersion: 'HSLF-FS 2027:1',
      publishedBy: { name: graph.viewer('atbt-chef').name },
    });
    expect(published.data!.publishGoalFramework.goals.at(-1)!.title).toBe('Dödsbevis, dödsorsaksintyg och anmälan');

    const current = await graph.query<Goals>('{ goals { code frameworkVersion } goalFrameworks { frameworkVersion } }', { token });
    expect(new Set(current.data!.goals.map((g) => g.frameworkVersion))).toEqual(new Set(['HSLF-FS 2027:1']));
    expect((current.data as unknown as { goalFrameworks: { frameworkVersion: string }[] }).goalFrameworks.map((f) => f.frameworkVersion)).toEqual([
      'HSLF-FS 2027:1',
      GOAL_FRAMEWORK_VERSION,
    ]);
    const older = await graph.query<Goals>(`{ goals(frameworkVersion: "${GOAL_FRAMEWORK_VERSION}") { title } }`, { token });
    expect(older.data!.goals.at(-1)!.title).toBe('Dödsbevis och dödsorsaksintyg');

    const trainee = graph.data.trainees[0];
    const progress = await graph.query<{ trainee: { goalProgress: { goal: { frameworkVersion: string } }[] } }>(
      `{ trainee(id: "${trainee.id}") { goalProgress { goal { frameworkVersion } } } }`,
      { token },
    );
    expect(new Set(progress.data!.trainee.goalProgress.map((p) => p.goal.frameworkVersion))).toEqual(new Set([GOAL_FRAMEWORK_VERSION]));
  });

  it('refuses a version that is already published, says why, and saves nothing', async () => {
    const token = graph.tokenFor('adm-stod');
    const before = await graph.databases.education.dataSource.query('SELECT COUNT(*) AS n FROM goal');
    const response = await graph.query(PUBLISH, {
      token,
      variables: { input: { frameworkVersion: GOAL_FRAMEWORK_VERSION, goals: [{ code: 'BT1', title: '' }] } },
    });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/redan publicerad/);
    expect(response.errors?.[0].message).toMatch(/ange en rubrik/);
    expect((response.errors?.[0].extensions as { problems?: unknown })?.problems).toEqual([
      expect.objectContaining({ code: 'FRAMEWORK_VERSION_PUBLISHED', field: 'input.frameworkVersion', params: { version: GOAL_FRAMEWORK_VERSION } }),
      expect.objectContaining({ code: 'GOAL_TITLE_MISSING', field: 'input.goals.0.title', params: { position: 1 } }),
    ]);
    const after = await graph.databases.education.dataSource.query('SELECT COUNT(*) AS n FROM goal');
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });

  it('two publications of the same new version at once: one is published, the other refused as already published, never a server error', async () => {
    const token = graph.tokenFor('adm-stod');
    const goals = BT_GOALS.map(({ code, title }) => ({ code, title }));
    const answers = await Promise.all([0, 1].map(() => graph.query(PUBLISH, { token, variables: { input: { frameworkVersion: 'HSLF-FS 2031:1', goals } } })));
    const refused = answers.filter((answer) => answer.errors);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors![0].extensions?.problems).toEqual([
      expect.objectContaining({ code: 'FRAMEWORK_VERSION_PUBLISHED', params: { version: 'HSLF-FS 2031:1' } }),
    ]);
    const rows = await graph.databases.education.dataSource.query("SELECT COUNT(*) AS n FROM goal WHERE frameworkVersion = 'HSLF-FS 2031:1'");
    expect(Number(rows[0].n)).toBe(BT_GOALS.length);
  });
});

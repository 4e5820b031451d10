import { addDays } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { statementsPerRequest } from './sql-statement-count';
import { call, siteId } from './recruitment-support';

const PLAN_ACTIVITY = `mutation ($audience: EducationActivityAudienceInput!, $input: EducationActivityInput!) {
  planEducationActivity(audience: $audience, input: $input) { activity { id } } }`;
/** The day the test graph stands still on: the demo data's own. */
const DEMO_DAY = '2026-11-22';
const PLAN_OF = 'query ($traineeId: ID!) { trainingPlan(traineeId: $traineeId) { id activities { id title date } } }';

const activityInput = (title: string, date: string) => ({
  kind: 'AT_BT_TEACHING',
  title,
  date,
  startTime: '13:00',
  endTime: '16:00',
  location: 'Centrallasarettet',
  goalCodes: [],
});

describe(`the education activities on a trainee's plan (EDU-4, EDU-5, EDU-6) on ${testEngine()}`, () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ asOf: DEMO_DAY });
    // the demo trainees' plans, drafted when education applies employment's feed
    await graph.readModelsCurrent();
  });
  afterAll(() => graph?.stop());

  const plan = (username: string, traineeId: string) =>
    call<{ trainingPlan: { activities: { id: string; title: string; date: string }[] } }>(graph, username, PLAN_OF, { traineeId }).then(
      (data) => data.trainingPlan.activities,
    );
  const planActivity = async (audience: Record<string, unknown>, title: string, date: string) =>
    (await call<{ planEducationActivity: { activity: { id: string } } }>(graph, 'atbt-chef', PLAN_ACTIVITY, { audience, input: activityInput(title, date) }))
      .planEducationActivity.activity.id;

  it('EDU-4, EDU-6: the plan lists what is planned for the trainee, the cohort and the site within the BT, in time order; the trainee and her main supervisor read them too', async () => {
    const vaxjo = siteId(graph, 'Växjö');
    const ljungby = siteId(graph, 'Ljungby');
    const supervised = new Set(graph.data.mainSupervisions.map((s) => s.traineeId));
    const trainee = graph.data.trainees.find(
      (t) =>
        t.siteId === vaxjo &&
        t.employmentForm === 'SEPARATE' &&
        t.employmentEnd >= DEMO_DAY &&
        supervised.has(t.id) &&
        graph.data.trainees.some((other) => other.siteId === vaxjo && other.cohortId !== t.cohortId),
    )!;
    const otherCohort = graph.data.trainees.find((other) => other.siteId === vaxjo && other.cohortId !== trainee.cohortId)!;
    const supervisor = graph.data.people.find((p) => p.id === graph.data.mainSupervisions.find((s) => s.traineeId === trainee.id)!.supervisorId)!;
    const during = (days: number) => addDays(trainee.employmentStart, days);

    const forSite = await planActivity({ siteId: vaxjo }, 'AT/BT-undervisning: sepsis', during(30));
    const forCohort = await planActivity({ siteId: vaxjo, cohortId: trainee.cohortId }, 'Kullens simulering', during(20));
    const forTrainee = await planActivity({ traineeId: trainee.id }, 'Enskild handledning i EKG', during(40));
    const notForHer = [
      await planActivity({ siteId: vaxjo, cohortId: otherCohort.cohortId }, 'En annan kulls simulering', during(25)),
      await planActivity({ traineeId: otherCohort.id }, 'En annans handledning', during(35)),
      await planActivity({ siteId: ljungby }, 'Ljungbys undervisning', during(30)),
      await planActivity({ siteId: vaxjo }, 'Efter hennes BT', addDays(trainee.employmentEnd, 7)),
      await planActivity({ siteId: vaxjo }, 'Före hennes BT', addDays(trainee.employmentStart, -7)),
    ];

    const asDirector = await plan('atbt-chef', trainee.id);
    const ids = asDirector.map((activity) => activity.id);
    expect(ids).toEqual(expect.arrayContaining([forSite, forCohort, forTrainee]));
    for (const id of notForHer) expect(ids).not.toContain(id);
    expect(ids.filter((id) => [forSite, forCohort, forTrainee].includes(id))).toEqual([forCohort, forSite, forTrainee]);
    expect(asDirector.map((activity) => activity.date)).toEqual(asDirector.map((activity) => activity.date).sort());
    // whoever may read the plan reads its activities: the trainee herself and her main supervisor
    expect(await plan(trainee.username, trainee.id)).toEqual(asDirector);
    expect(await plan(supervisor.username, trainee.id)).toEqual(asDirector);
  });

  it("EDU-5: every trainee's plan with its activities in a constant number of SQL statements (one batch for all the plans)", async () => {
    const withoutActivities = await statementsPerRequest(
      graph,
      '{ trainees { id trainingPlan { id } } }',
      (data: { trainees: unknown[] }) => data.trainees.length,
    );
    const withActivities = await statementsPerRequest(
      graph,
      '{ trainees { id trainingPlan { id activities { id } } } }',
      (data: { trainees: unknown[] }) => data.trainees.length,
    );
    expect(withActivities.rows).toBeGreaterThan(10);
    // the trainees' employment and attendance, then the activities: three statements for all the plans
    expect(withActivities.statements).toBe(withoutActivities.statements + 3);
  });
});

import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { call, expectProblems, expectRefused, siteId } from './recruitment-support';

const ACTIVITY_FIELDS = 'id version kind title date startTime endTime siteId cohortId trainee { id } goals { code }';
const PLAN_ACTIVITY = `mutation ($audience: EducationActivityAudienceInput!, $input: EducationActivityInput!) {
  planEducationActivity(audience: $audience, input: $input) { activity { ${ACTIVITY_FIELDS} } warnings { code rule params { name value } } } }`;
const UPDATE_ACTIVITY = `mutation ($id: ID!, $version: Int!, $input: EducationActivityInput!) {
  updateEducationActivity(id: $id, version: $version, input: $input) { activity { ${ACTIVITY_FIELDS} } warnings { code } } }`;
const DELETE_ACTIVITY = 'mutation ($id: ID!, $version: Int!) { deleteEducationActivity(id: $id, version: $version) }';
const RECORD_ATTENDANCE = `mutation ($activityId: ID!, $entries: [AttendanceInput!]!) {
  recordAttendance(activityId: $activityId, entries: $entries) { id attendance { trainee { id } status recordedBy { username } } } }`;
const ACTIVITIES = `query ($siteId: ID!, $from: Date!, $to: Date!, $cohortId: ID) {
  educationActivities(siteId: $siteId, from: $from, to: $to, cohortId: $cohortId) { ${ACTIVITY_FIELDS} } }`;
const WEEKS_WITHOUT_TEACHING = 'query ($siteId: ID!, $from: Date!, $to: Date!) { weeksWithoutAtBtTeaching(siteId: $siteId, from: $from, to: $to) }';
const PLAN_OF = 'query ($traineeId: ID!) { trainingPlan(traineeId: $traineeId) { id activities { id title } } }';
const CREATE_DRAFT = 'mutation ($traineeId: ID!) { createDraftTrainingPlan(traineeId: $traineeId) { id } }';

interface Activity {
  id: string;
  version: number;
  kind: string;
  title: string;
  date: string;
  siteId: string;
  cohortId: string | null;
  trainee: { id: string } | null;
  goals: { code: string }[];
}
interface Saved {
  activity: Activity;
  warnings: { code: string; rule: string; params: { name: string; value: string }[] }[];
}

const seminar = {
  kind: 'PRIMARY_CARE_SEMINAR',
  title: 'Seminarium: den multisjuka äldre patienten',
  date: '2027-03-03',
  startTime: '13:00',
  endTime: '16:30',
  location: 'Vårdcentralen Teleborg',
  goalCodes: ['BT18', 'BT1'],
};

describe(`education activities (EDU-4, EDU-5, EDU-6) on ${testEngine()}`, () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const planned = (audience: Record<string, unknown>, input: Record<string, unknown>, username = 'studierektor-sluten') =>
    call<{ planEducationActivity: Saved }>(graph, username, PLAN_ACTIVITY, { audience, input }).then((data) => data.planEducationActivity);
  const traineesOf = (site: string) => graph.data.trainees.filter((trainee) => trainee.siteId === siteId(graph, site));

  it('EDU-6: a seminar for a site, linked to goals in the framework order; one not on a Wednesday afternoon is saved with a warning', async () => {
    const saved = await planned({ siteId: siteId(graph, 'Växjö') }, seminar);
    expect(saved.warnings).toEqual([]);
    expect(saved.activity).toMatchObject({ kind: 'PRIMARY_CARE_SEMINAR', siteId: siteId(graph, 'Växjö'), cohortId: null, trainee: null });
    expect(saved.activity.goals.map((goal) => goal.code)).toEqual(['BT1', 'BT18']);
    const thursday = await planned({ siteId: siteId(graph, 'Växjö') }, { ...seminar, date: '2027-03-04' });
    expect(thursday.warnings.map((warning) => [warning.code, warning.rule])).toEqual([['SEMINAR_NOT_WEDNESDAY_AFTERNOON', 'EDU-6']]);
  });

  it('refuses what cannot be an activity, naming each field, and saves nothing', async () => {
    const before = await call<{ educationActivities: Activity[] }>(graph, 'atbt-chef', ACTIVITIES, {
      siteId: siteId(graph, 'Ljungby'),
      from: '2027-01-01',
      to: '2027-12-31',
    });
    const response = await graph.query(PLAN_ACTIVITY, {
      token: graph.tokenFor('studierektor-sluten'),
      variables: { audience: { siteId: siteId(graph, 'Ljungby') }, input: { ...seminar, title: '  ', endTime: '12:00', goalCodes: ['BT99'] } },
    });
    expectProblems(
      response,
      'BAD_USER_INPUT',
      { code: 'TEXT_REQUIRED', field: 'input.title' },
      { code: 'ACTIVITY_ENDS_BEFORE_START', field: 'input.endTime' },
      { code: 'ACTIVITY_GOAL_UNKNOWN', field: 'input.goalCodes' },
    );
    expectProblems(
      await graph.query(PLAN_ACTIVITY, { token: graph.tokenFor('studierektor-sluten'), variables: { audience: {}, input: seminar } }),
      'BAD_USER_INPUT',
      { code: 'ACTIVITY_AUDIENCE_INVALID', field: 'audience' },
    );
    const otherSitesCohort = graph.data.cohorts.find((cohort) => cohort.siteId === siteId(graph, 'Växjö'))!;
    expectProblems(
      await graph.query(PLAN_ACTIVITY, {
        token: graph.tokenFor('studierektor-sluten'),
        variables: { audience: { siteId: siteId(graph, 'Ljungby'), cohortId: otherSitesCohort.id }, input: seminar },
      }),
      'BAD_USER_INPUT',
      { code: 'ACTIVITY_COHORT_OF_OTHER_SITE', field: 'audience.cohortId' },
    );
    const after = await call<{ educationActivities: Activity[] }>(graph, 'atbt-chef', ACTIVITIES, {
      siteId: siteId(graph, 'Ljungby'),
      from: '2027-01-01',
      to: '2027-12-31',
    });
    expect(after.educationActivities).toEqual(before.educationActivities);
  });

  it('ORG-1: the deputy director plans only on her own site; a supervisor not at all', async () => {
    const deputy = graph.data.people.find((person) => person.username === 'bitr-atbt-chef')!;
    const otherSite = graph.data.sites.find((site) => site.id !== deputy.siteId)!;
    expectRefused(
      await graph.query(PLAN_ACTIVITY, { token: graph.tokenFor('bitr-atbt-chef'), variables: { audience: { siteId: otherSite.id }, input: seminar } }),
      'FORBIDDEN',
    );
    const own = await planned({ siteId: deputy.siteId }, { ...seminar, kind: 'AT_BT_TEACHING', title: 'AT/BT-undervisning: EKG' }, 'bitr-atbt-chef');
    expect(own.activity.siteId).toBe(deputy.siteId);
    const supervisor = graph.data.people.find((person) => graph.data.mainSupervisions.some((supervision) => supervision.supervisorId === person.id))!;
    expectRefused(
      await graph.query(PLAN_ACTIVITY, { token: graph.tokenFor(supervisor.username), variables: { audience: { siteId: deputy.siteId }, input: seminar } }),
      'FORBIDDEN',
    );
  });

  it('EDU-4, EDU-6: a cohort activity lists for the site with that cohort; attendance only for trainees it is for; shows on the trainee plan', async () => {
    const trainee = traineesOf('Ljungby')[0];
    const cohortmate = graph.data.trainees.find((other) => other.cohortId === trainee.cohortId && other.id !== trainee.id)!;
    const outsider = traineesOf('Växjö')[0];
    const { activity } = await planned(
      { siteId: siteId(graph, 'Ljungby'), cohortId: trainee.cohortId },
      {
        ...seminar,
        kind: 'INTRODUCTION',
        title: 'Introduktion: journalsystemet',
        date: '2027-01-05',
        startTime: '08:00',
        endTime: '12:00',
        goalCodes: ['BT2'],
      },
    );
    const listed = (cohortId?: string) =>
      call<{ educationActivities: Activity[] }>(graph, 'studierektor-sluten', ACTIVITIES, {
        siteId: siteId(graph, 'Ljungby'),
        from: '2027-01-01',
        to: '2027-01-31',
        cohortId,
      }).then((data) => data.educationActivities.map((listedActivity) => listedActivity.id));
    expect(await listed(trainee.cohortId)).toContain(activity.id);
    expect(await listed()).not.toContain(activity.id);

    expectProblems(
      await graph.query(RECORD_ATTENDANCE, {
        token: graph.tokenFor('studierektor-sluten'),
        variables: { activityId: activity.id, entries: [{ traineeId: outsider.id, status: 'ATTENDED' }] },
      }),
      'BAD_USER_INPUT',
      { code: 'ATTENDANCE_TRAINEE_NOT_INVITED', field: 'entries.traineeId', params: { id: outsider.id } },
    );
    const recorded = await call<{ recordAttendance: { attendance: { trainee: { id: string }; status: string; recordedBy: { username: string } }[] } }>(
      graph,
      'studierektor-sluten',
      RECORD_ATTENDANCE,
      {
        activityId: activity.id,
        entries: [
          { traineeId: trainee.id, status: 'ATTENDED' },
          { traineeId: cohortmate.id, status: 'EXCUSED' },
        ],
      },
    );
    expect(recorded.recordAttendance.attendance.map(({ trainee: { id }, status }) => [id, status]).sort()).toEqual(
      [
        [trainee.id, 'ATTENDED'],
        [cohortmate.id, 'EXCUSED'],
      ].sort(),
    );
    expect(recorded.recordAttendance.attendance[0].recordedBy.username).toBe('studierektor-sluten');
    // the trainee's plan (a draft from the template when the trainee has none yet) holds the activity
    const existing = await call<{ trainingPlan: { id: string } | null }>(graph, 'studierektor-sluten', PLAN_OF, { traineeId: trainee.id });
    if (!existing.trainingPlan) await call(graph, 'studierektor-sluten', CREATE_DRAFT, { traineeId: trainee.id });
    const plan = await call<{ trainingPlan: { activities: { id: string }[] } }>(graph, 'studierektor-sluten', PLAN_OF, { traineeId: trainee.id });
    expect(plan.trainingPlan.activities.map((listed) => listed.id)).toContain(activity.id);
    // an activity with attendance cannot be deleted, only changed
    expectProblems(
      await graph.query(DELETE_ACTIVITY, { token: graph.tokenFor('studierektor-sluten'), variables: { id: activity.id, version: activity.version } }),
      'BAD_USER_INPUT',
      { code: 'ACTIVITY_HAS_ATTENDANCE', field: 'id' },
    );
  });

  it('EDU-6: an individual introduction outside the first four weeks warns; changes name the version read; a free activity can be deleted', async () => {
    const trainee = traineesOf('Växjö')[0];
    const late = await planned(
      { traineeId: trainee.id },
      { ...seminar, kind: 'INTRODUCTION', title: 'Introduktion i efterhand', date: '2099-01-01', startTime: '08:00', endTime: '10:00', goalCodes: [] },
    );
    expect(late.activity.trainee).toEqual({ id: trainee.id });
    expect(late.warnings.map((warning) => warning.code)).toEqual(['INTRODUCTION_OUTSIDE_FIRST_WEEKS']);
    const changed = await call<{ updateEducationActivity: Saved }>(graph, 'studierektor-sluten', UPDATE_ACTIVITY, {
      id: late.activity.id,
      version: late.activity.version,
      input: { ...seminar, kind: 'COURSE', title: 'Kurs i akut omhändertagande', goalCodes: ['BT3'] },
    });
    expect(changed.updateEducationActivity.activity).toMatchObject({ kind: 'COURSE', version: late.activity.version + 1, goals: [{ code: 'BT3' }] });
    expectProblems(
      await graph.query(UPDATE_ACTIVITY, {
        token: graph.tokenFor('studierektor-sluten'),
        variables: { id: late.activity.id, version: late.activity.version, input: seminar },
      }),
      'CONFLICT',
      { code: 'STALE_VERSION' },
    );
    await call(graph, 'studierektor-sluten', DELETE_ACTIVITY, { id: late.activity.id, version: late.activity.version + 1 });
    expectProblems(
      await graph.query(DELETE_ACTIVITY, {
        token: graph.tokenFor('studierektor-sluten'),
        variables: { id: late.activity.id, version: late.activity.version + 1 },
      }),
      'BAD_USER_INPUT',
      { code: 'NOT_FOUND', field: 'id' },
    );
  });

  it('EDU-4: names the weeks without AT/BT teaching for the whole site', async () => {
    const deputy = graph.data.people.find((person) => person.username === 'bitr-atbt-chef')!;
    // the deputy's teaching on 2027-03-03 (a Wednesday) covers the week of Monday 2027-03-01
    const weeks = await call<{ weeksWithoutAtBtTeaching: string[] }>(graph, 'studierektor-primar', WEEKS_WITHOUT_TEACHING, {
      siteId: deputy.siteId,
      from: '2027-02-22',
      to: '2027-03-14',
    });
    expect(weeks.weeksWithoutAtBtTeaching).toEqual(['2027-02-22', '2027-03-08']);
  });

  it('limits a listing to at most 400 days, dates in order', async () => {
    expectProblems(
      await graph.query(ACTIVITIES, {
        token: graph.tokenFor('atbt-chef'),
        variables: { siteId: siteId(graph, 'Växjö'), from: '2027-01-01', to: '2028-12-31' },
      }),
      'BAD_USER_INPUT',
      { code: 'ACTIVITY_RANGE_TOO_LONG', field: 'to' },
    );
  });
});

import { ServiceName, signServiceToken } from '@bt/auth';
import { addDays, employmentEndDate, luhnCheckDigit, SiteCode } from '@bt/domain';
import { Placement } from '@bt/education';
import { AuditEvent } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { call, employAcceptedApplicant, expectProblems, siteId } from './recruitment-support';

/** The day the test graph stands still on: during the offers of the VT 2028 round. */
const TODAY = '2027-10-12';

const PLAN = `query ($traineeId: ID!) { trainingPlan(traineeId: $traineeId) {
  id status version placements { kind startDate endDate unit { id } } vacations { startDate endDate } changes { action summary changedBy { username } } } }`;
const WITHOUT_MAIN_SUPERVISOR = '{ traineePage(perPage: 500, filter: { withoutMainSupervisor: true }) { items { id } } }';
const OVERVIEWS = '{ siteOverviews { site { id } traineesWithoutMainSupervisor } }';
const CREATE_TRAINEE = 'mutation ($input: TraineeEmploymentInput!) { createTrainee(input: $input) { id employmentStart employmentEnd } }';
const UPDATE_TRAINEE =
  'mutation ($id: ID!, $version: Int!, $input: TraineeEmploymentInput!) { updateTraineeEmployment(id: $id, version: $version, input: $input) { id } }';
const CREATE_DRAFT = 'mutation ($traineeId: ID!) { createDraftTrainingPlan(traineeId: $traineeId) { id version } }';
const FEED = 'query ($after: Int!, $first: Int!) { employmentChanges(after: $after, first: $first) { position traineeId state } }';

interface Plan {
  id: string;
  status: string;
  version: number;
  placements: { kind: string; startDate: string; endDate: string; unit: { id: string } }[];
  vacations: { startDate: string; endDate: string }[];
  changes: { action: string; summary: string; changedBy: { username: string } | null }[];
}

describe(`the draft training plan made when a trainee is employed (EDU-5) on ${testEngine()}`, () => {
  let graph: TestGraph;
  let offered: string;
  let direct: string;
  let directInput: Record<string, string>;

  const planOf = async (traineeId: string) => (await call<{ trainingPlan: Plan | null }>(graph, 'studierektor-sluten', PLAN, { traineeId })).trainingPlan;
  const withoutMainSupervisor = async () =>
    (await call<{ traineePage: { items: { id: string }[] } }>(graph, 'atbt-chef', WITHOUT_MAIN_SUPERVISOR)).traineePage.items.map((t) => t.id);
  const lackingAt = async (site: string) =>
    (await call<{ siteOverviews: { site: { id: string }; traineesWithoutMainSupervisor: number }[] }>(graph, 'atbt-chef', OVERVIEWS)).siteOverviews.find(
      (overview) => overview.site.id === siteId(graph, site),
    )!.traineesWithoutMainSupervisor;
  /** EDU-1, EDU-2: the template's unit per kind of placement for a main site. */
  const templateUnits = (siteCode: SiteCode) =>
    new Map(graph.data.trainingPlanTemplatePlacements.filter((row) => row.siteCode === siteCode).map((row) => [row.kind, row.unitId]));
  /** What education holds of the plans, their logs and placements. */
  const planRows = async () => {
    const education = graph.databases.education.dataSource;
    const [plans, changes, placements] = await Promise.all(
      ['training_plan', 'training_plan_change', 'placement'].map(async (table) => Number((await education.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n)),
    );
    return { plans, changes, placements };
  };

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
  });
  afterAll(() => graph?.stop());

  it('EDU-5: an applicant who accepts an offer becomes a trainee with a DRAFT plan of the template, lacking a main supervisor in the list and on the start page', async () => {
    const lackingBefore = await lackingAt('Växjö');
    offered = await employAcceptedApplicant(graph, TODAY, 'Växjö');

    await graph.readModelsCurrent();
    const plan = (await planOf(offered))!;
    expect(plan).toMatchObject({
      status: 'DRAFT',
      version: 1,
      changes: [{ action: 'CREATE_DRAFT', changedBy: null, summary: expect.stringMatching(/Gjort automatiskt när BT-läkaren anställdes\.$/) }],
    });
    // EDU-1: the template's placements in order (the summer vacation splits psychiatry), each at the template's unit of its kind (EDU-2)
    expect(plan.placements.map((p) => p.kind)).toEqual(['INTRODUCTION', 'INTERNAL_MEDICINE', 'SURGERY', 'PSYCHIATRY', 'PSYCHIATRY', 'PRIMARY_CARE']);
    const units = templateUnits(SiteCode.VAXJO);
    for (const placement of plan.placements) expect(placement.unit.id).toBe(units.get(placement.kind as never));
    expect(plan.vacations).toHaveLength(1);

    // the plan's placements reach employment's read model; the trainee has no main supervisor yet (ORG-2)
    expect(await withoutMainSupervisor()).toContain(offered);
    expect(await lackingAt('Växjö')).toBe(lackingBefore + 1);
  });

  it('EDU-5: a trainee employed directly (createTrainee) gets the draft of the template of their main site, and the employment is audited', async () => {
    const ljungby = siteId(graph, 'Ljungby');
    const cohort = graph.data.cohorts.find((c) => c.siteId === ljungby)!;
    const employmentStart = '2027-11-01';
    directInput = {
      givenName: 'Direkt',
      familyName: 'Anställd',
      personalIdentityNumber: `19980312-123${luhnCheckDigit('980312123')}`,
      siteId: ljungby,
      cohortId: cohort.id,
      employmentStart,
      employmentEnd: employmentEndDate(employmentStart),
      employmentForm: 'SEPARATE',
    };
    const { createTrainee } = await call<{ createTrainee: { id: string; employmentStart: string; employmentEnd: string } }>(
      graph,
      'atbt-chef',
      CREATE_TRAINEE,
      {
        input: directInput,
      },
    );
    direct = createTrainee.id;
    expect(await graph.databases.employment.dataSource.getRepository(AuditEvent).countBy({ action: 'CREATE_TRAINEE', entityId: direct })).toBe(1);

    await graph.readModelsCurrent();
    const plan = (await planOf(direct))!;
    expect(plan).toMatchObject({ status: 'DRAFT', changes: [{ action: 'CREATE_DRAFT', changedBy: null }] });
    expect(plan.placements[0].startDate).toBe(createTrainee.employmentStart);
    expect(plan.placements.at(-1)!.endDate).toBe(createTrainee.employmentEnd);
    const units = templateUnits(SiteCode.LJUNGBY);
    for (const placement of plan.placements) expect(placement.unit.id).toBe(units.get(placement.kind as never));
    expect(await withoutMainSupervisor()).toContain(direct);
  });

  it('EDU-5: replaying employment’s feed rebuilds the read model and drafts nothing twice', async () => {
    const before = await planRows();
    const plans = await Promise.all([offered, direct].map(planOf));
    const status = await graph.readModels.education.replay();
    expect(status.position).toBeGreaterThan(0);
    expect(await planRows()).toEqual(before);
    expect(await Promise.all([offered, direct].map(planOf))).toEqual(plans);
  });

  it('a trainee whose employment has ended gets no draft, also when their employment changes; a changed employment leaves a plan as it is', async () => {
    // the demo data: every trainee still employed has a plan (drafted of the placements they have), none whose employment had ended
    const planned = (await graph.databases.education.dataSource.query('SELECT traineeId FROM training_plan')) as { traineeId: string }[];
    const plannedIds = new Set(planned.map((row) => row.traineeId));
    for (const t of graph.data.trainees) expect([t.username, plannedIds.has(t.id)]).toEqual([t.username, t.employmentEnd >= TODAY]);
    const ended = graph.data.trainees.find((t) => t.employmentEnd < TODAY)!;
    expect(await planOf(ended.id)).toBeNull();
    const { trainee } = await call<{ trainee: { version: number } }>(graph, 'atbt-chef', 'query ($id: ID!) { trainee(id: $id) { version } }', { id: ended.id });
    const { givenName, familyName, personalIdentityNumber, siteId: site, cohortId, employmentStart, employmentEnd, employmentForm } = ended;
    await call(graph, 'atbt-chef', UPDATE_TRAINEE, {
      id: ended.id,
      version: trainee.version,
      input: { givenName: `${givenName} A.`, familyName, personalIdentityNumber, siteId: site, cohortId, employmentStart, employmentEnd, employmentForm },
    });
    const placements = await graph.databases.education.dataSource.getRepository(Placement).countBy({ traineeId: ended.id });
    await graph.readModelsCurrent();
    expect(await planOf(ended.id)).toBeNull();
    expect(await graph.databases.education.dataSource.getRepository(Placement).countBy({ traineeId: ended.id })).toBe(placements);

    // EXT-4: the directly employed trainee's employment is extended; the plan stays as it was drafted
    const plan = await planOf(direct);
    const { trainee: now } = await call<{ trainee: { version: number } }>(graph, 'atbt-chef', 'query ($id: ID!) { trainee(id: $id) { version } }', {
      id: direct,
    });
    await call(graph, 'atbt-chef', UPDATE_TRAINEE, { id: direct, version: now.version, input: { ...directInput, employmentEnd: '2028-12-31' } });
    await graph.readModelsCurrent();
    expect(await planOf(direct)).toEqual(plan);
  });

  it("employment's feed is for service identities: education's reads each trainee's employment, a person is FORBIDDEN", async () => {
    const education = signServiceToken(ServiceName.EDUCATION, graph.auth.jwtSecret);
    const response = await graph.query<{ employmentChanges: { position: number; traineeId: string; state: string }[] }>(FEED, {
      token: education,
      variables: { after: 0, first: 200 },
    });
    expect(response.errors).toBeUndefined();
    const changes = response.data!.employmentChanges;
    expect(changes.map((change) => change.position)).toEqual([...changes.map((change) => change.position)].sort((a, b) => a - b));
    const newest = changes.filter((change) => change.traineeId === direct).at(-1)!;
    expect(JSON.parse(newest.state)).toEqual({
      traineeId: direct,
      siteId: siteId(graph, 'Ljungby'),
      siteCode: 'LJUNGBY',
      cohortId: directInput.cohortId,
      employmentForm: 'SEPARATE',
      btStart: '2027-11-01',
      btEnd: '2028-12-31',
      employed: true,
    });
    expect(new Set(changes.map((change) => change.traineeId))).toEqual(new Set([...graph.data.trainees.map((t) => t.id), offered, direct]));

    for (const username of ['atbt-chef', 'studierektor-sluten']) {
      expectProblems(await graph.query(FEED, { token: graph.tokenFor(username), variables: { after: 0, first: 10 } }), 'FORBIDDEN', { code: 'NOT_PERMITTED' });
    }
  });
  it('EDU-5, ACC-1–ACC-3: drafting at employment takes as many SQL statements for 40 new trainees as for 10 (access tasks synced for all at once)', async () => {
    const ljungby = siteId(graph, 'Ljungby');
    const cohortId = graph.data.cohorts.find((c) => c.siteId === ljungby)!.id;
    let born = 0;
    /** Employs `count` trainees directly and counts the statements of education applying them (their drafts and access tasks). */
    const draftingStatements = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        born += 1;
        const digits = `${addDays('1990-01-01', born).slice(2).replaceAll('-', '')}456`;
        await call(graph, 'atbt-chef', CREATE_TRAINEE, {
          input: {
            employmentStart: '2027-11-01',
            employmentEnd: employmentEndDate('2027-11-01'),
            employmentForm: 'SEPARATE',
            givenName: 'Många',
            familyName: `Anställda ${born}`,
            personalIdentityNumber: `19${digits.slice(0, 6)}-${digits.slice(6)}${luhnCheckDigit(digits)}`,
            siteId: ljungby,
            cohortId,
          },
        });
      }
      const plansBefore = (await planRows()).plans;
      const before = graph.sqlStatements();
      await graph.readModelsCurrent();
      const statements = graph.sqlStatements() - before;
      expect((await planRows()).plans).toBe(plansBefore + count);
      return statements;
    };
    const tasksBefore = Number((await graph.databases.education.dataSource.query('SELECT COUNT(*) AS n FROM access_task'))[0].n);
    const ten = await draftingStatements(10);
    const forty = await draftingStatements(40);
    expect(forty).toBe(ten);
    // the drafted plans have their tasks: record-system and door access per unit, a move per placement at a new unit
    const tasksAfter = Number((await graph.databases.education.dataSource.query('SELECT COUNT(*) AS n FROM access_task'))[0].n);
    expect(tasksAfter - tasksBefore).toBeGreaterThanOrEqual(50 * 10);
  });

  it('EDU-5: two drafts asked for at once for one trainee give one plan and one clean refusal (TRAINING_PLAN_EXISTS)', async () => {
    // a trainee whose employment has ended has no plan made at employment; the director of studies may still make one
    const ended = graph.data.trainees.find((t) => t.employmentEnd < TODAY)!;
    expect(await planOf(ended.id)).toBeNull();
    const draft = () =>
      graph.query<{ createDraftTrainingPlan: { id: string } }>(CREATE_DRAFT, { token: graph.tokenFor('atbt-chef'), variables: { traineeId: ended.id } });
    const answers = await Promise.all([draft(), draft()]);
    const made = answers.filter((answer) => !answer.errors);
    const refused = answers.filter((answer) => answer.errors);
    expect(made).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expectProblems(refused[0], 'BAD_USER_INPUT', { code: 'TRAINING_PLAN_EXISTS', rule: 'EDU-5', field: 'traineeId' });
    expect((await planOf(ended.id))!.id).toBe(made[0].data!.createDraftTrainingPlan.id);
    const plans = (await graph.databases.education.dataSource.query('SELECT COUNT(*) AS n FROM training_plan WHERE traineeId = ?', [ended.id])) as {
      n: number | string;
    }[];
    expect(Number(plans[0].n)).toBe(1);
  });
});

import { AuditEvent, SalaryGuideline, TraineeSalary } from '@bt/employment';
import { isWithinSalaryGuideline, salaryGuidelineYear } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';

const HISTORY = `query ($traineeId: ID!) { traineeSalaries(traineeId: $traineeId) {
  id monthlyOre validFrom decidedAt note withinGuideline trainee { id } decidedBy { username } } }`;
const CURRENT = 'query ($id: ID!) { trainee(id: $id) { id name salary { monthlyOre validFrom withinGuideline } } }';
const GUIDELINES = 'query ($year: Int) { salaryGuidelines(year: $year) { id year minMonthlyOre maxMonthlyOre note version } }';
const SET_SALARY = `mutation ($traineeId: ID!, $monthlyOre: Int!, $validFrom: Date!, $note: String) {
  setTraineeSalary(traineeId: $traineeId, monthlyOre: $monthlyOre, validFrom: $validFrom, note: $note) {
    id monthlyOre validFrom decidedAt note withinGuideline trainee { id } decidedBy { username } } }`;
const SET_GUIDELINE = `mutation ($year: Int!, $minMonthlyOre: Int!, $maxMonthlyOre: Int!, $note: String, $version: Int) {
  setSalaryGuideline(year: $year, minMonthlyOre: $minMonthlyOre, maxMonthlyOre: $maxMonthlyOre, note: $note, version: $version) {
    id year minMonthlyOre maxMonthlyOre note version } }`;

interface Salary {
  id: string;
  monthlyOre: number;
  validFrom: string;
  decidedAt: string;
  note: string | null;
  withinGuideline: boolean;
  trainee: { id: string };
  decidedBy: { username: string };
}
interface Guideline {
  id: string;
  year: number;
  minMonthlyOre: number;
  maxMonthlyOre: number;
  note: string | null;
  version: number;
}

const SALARY_ROLES = ['atbt-chef', 'bitr-atbt-chef', 'hr-samordnare'];
/** Every other kind of user: directors of studies, admin support, supervisors, head of unit, BT lead, external assessor. */
const OTHER_STAFF = [
  'studierektor-sluten',
  'studierektor-primar',
  'adm-stod',
  'hhl-vc-teleborg-1',
  'handledare-med-vxo-1',
  'vc-med-vxo',
  'btansvarig-med-vxo',
  'extern-bedomare-1',
];

describe(`salaries (EMP-2) on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const repository = <T extends object>(entity: new () => T) => graph.databases.employment.dataSource.getRepository(entity);
  const trainee = (username: string) => graph.data.trainees.find((t) => t.username === username)!;
  const seededSalary = (username: string) => graph.data.traineeSalaries.find((s) => s.traineeId === trainee(username).id)!;
  const ida = () => trainee('bt-ida.olsson');
  const fredrik = () => trainee('bt-fredrik.aberg');
  const ljungby2026 = () =>
    graph.data.trainees.find((t) => t.employmentStart.startsWith('2026') && t.siteId === graph.data.sites.find((s) => s.name === 'Ljungby')!.id)!;
  const audits = (action: string, entityId?: string) =>
    repository(AuditEvent).find({ where: { action, ...(entityId ? { entityId } : {}) }, order: { id: 'ASC' } });
  const ask = <T>(username: string, query: string, variables: Record<string, unknown> = {}) =>
    graph.query<T>(query, { token: graph.tokenFor(username), variables });
  const setSalary = (username: string, variables: Record<string, unknown>) => ask<{ setTraineeSalary: Salary }>(username, SET_SALARY, variables);
  const history = async (traineeId: string, username = 'hr-samordnare') => {
    const response = await ask<{ traineeSalaries: Salary[] }>(username, HISTORY, { traineeId });
    expect(response.errors).toBeUndefined();
    return response.data!.traineeSalaries;
  };

  describe('who may see salaries', () => {
    it.each(SALARY_ROLES)('%s reads the guidelines (newest year first), a history and the salary in force today', async (username) => {
      const guidelines = await ask<{ salaryGuidelines: Guideline[] }>(username, GUIDELINES);
      expect(guidelines.errors).toBeUndefined();
      const stored = await repository(SalaryGuideline).find();
      expect(guidelines.data!.salaryGuidelines.map((g) => g.year)).toEqual(stored.map((g) => g.year).sort((a, b) => b - a));

      // a trainee whose salary no other test here changes
      const subject = graph.data.trainees.find(
        (t) => t.siteId === ida().siteId && t.employmentStart === ida().employmentStart && ![ida().id, trainee('bt-nils.gustafsson').id].includes(t.id),
      )!;
      const seeded = graph.data.traineeSalaries.find((s) => s.traineeId === subject.id)!;
      const decidedBy = { username: graph.data.people.find((p) => p.id === seeded.decidedById)!.username };
      const salaries = await ask<{ traineeSalaries: Salary[] }>(username, HISTORY, { traineeId: subject.id });
      expect(salaries.errors).toBeUndefined();
      expect(salaries.data!.traineeSalaries).toMatchObject([
        { id: seeded.id, monthlyOre: seeded.monthlyOre, validFrom: seeded.validFrom, trainee: { id: subject.id }, decidedBy },
      ]);

      const current = await ask<{ trainee: { salary: { monthlyOre: number } | null } }>(username, CURRENT, { id: subject.id });
      expect(current.errors).toBeUndefined();
      const guideline = stored.find((g) => g.year === salaryGuidelineYear(seeded.validFrom));
      expect(current.data!.trainee.salary).toEqual({
        monthlyOre: seeded.monthlyOre,
        validFrom: seeded.validFrom,
        withinGuideline: isWithinSalaryGuideline(seeded.monthlyOre, guideline),
      });
    });

    it.each([...OTHER_STAFF, 'bt-ida.olsson'])('%s gets FORBIDDEN and no salary data, and nothing is audited', async (username) => {
      const before = (await audits('READ_TRAINEE_SALARY')).length;
      for (const query of [GUIDELINES, HISTORY]) {
        const response = await ask(username, query, { traineeId: ida().id });
        expectProblems(response, 'FORBIDDEN');
        expect(response.data ?? null).toBeNull();
      }
      expect(await audits('READ_TRAINEE_SALARY')).toHaveLength(before);
    });

    it('the trainee sees herself but not her own salary: FORBIDDEN on the field, the rest of the answer kept', async () => {
      const response = await ask<{ trainee: { name: string; salary: unknown } }>('bt-ida.olsson', CURRENT, { id: ida().id });
      expectProblems(response, 'FORBIDDEN');
      expect(response.errors?.[0].path).toEqual(['trainee', 'salary']);
      expect(response.data!.trainee).toMatchObject({ name: `${ida().givenName} ${ida().familyName}`, salary: null });
    });

    it('a main supervisor sees the trainees he supervises in a list, but never their salaries', async () => {
      const response = await ask<{ traineePage: { items: { id: string; salary: unknown }[] } }>(
        'hhl-vc-teleborg-1',
        '{ traineePage(perPage: 50) { items { id salary { monthlyOre } } } }',
      );
      expect(response.data!.traineePage.items.length).toBeGreaterThan(0);
      expect(response.data!.traineePage.items.every((item) => item.salary === null)).toBe(true);
      expect(response.errors?.length).toBe(response.data!.traineePage.items.length);
      expect(response.errors!.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
      expect((await repository(AuditEvent).find()).filter((e) => e.actorUsername === 'hhl-vc-teleborg-1' && e.action === 'READ_TRAINEE_SALARY')).toEqual([]);
    });

    it('only the Director sets a guideline; only the Director, the deputy (own site) and HR set a salary; refused changes save nothing', async () => {
      const [guidelines, salaries] = [await repository(SalaryGuideline).find(), await repository(TraineeSalary).count()];
      for (const username of ['bitr-atbt-chef', 'hr-samordnare', ...OTHER_STAFF, 'bt-ida.olsson']) {
        const response = await ask(username, SET_GUIDELINE, { year: 2026, minMonthlyOre: 1, maxMonthlyOre: 2 });
        expectProblems(response, 'FORBIDDEN');
        expect(response.data ?? null).toBeNull();
      }
      for (const username of [...OTHER_STAFF, 'bt-ida.olsson']) {
        const response = await setSalary(username, { traineeId: ida().id, monthlyOre: 9_900_000, validFrom: '2026-10-01' });
        expectProblems(response, 'FORBIDDEN');
        expect(response.data ?? null).toBeNull();
      }
      expect(await repository(SalaryGuideline).find()).toEqual(guidelines);
      expect(await repository(TraineeSalary).count()).toBe(salaries);
    });
  });

  describe('history and the salary in force', () => {
    it('a change adds to the history and never overwrites it; today’s salary is the newest validFrom on or before today', async () => {
      const seeded = seededSalary('bt-ida.olsson');
      const raise = await setSalary('hr-samordnare', { traineeId: ida().id, monthlyOre: 4_550_000, validFrom: '2026-07-01', note: '  Lönesamtal juni  ' });
      expect(raise.errors).toBeUndefined();
      expect(raise.data!.setTraineeSalary).toMatchObject({
        monthlyOre: 4_550_000,
        validFrom: '2026-07-01',
        note: 'Lönesamtal juni',
        withinGuideline: true,
        decidedBy: { username: 'hr-samordnare' },
      });
      const future = await setSalary('atbt-chef', { traineeId: ida().id, monthlyOre: 4_600_000, validFrom: '2027-01-01' });
      const correction = await setSalary('atbt-chef', { traineeId: ida().id, monthlyOre: 4_580_000, validFrom: '2026-07-01', note: 'Rättelse' });
      expect(future.errors).toBeUndefined();
      expect(correction.errors).toBeUndefined();

      expect((await history(ida().id)).map((s) => [s.validFrom, s.monthlyOre, s.decidedBy.username])).toEqual([
        ['2027-01-01', 4_600_000, 'atbt-chef'],
        ['2026-07-01', 4_580_000, 'atbt-chef'],
        ['2026-07-01', 4_550_000, 'hr-samordnare'],
        ['2026-01-12', seeded.monthlyOre, 'atbt-chef'],
      ]);
      const current = await ask<{ trainee: { salary: { monthlyOre: number; validFrom: string } } }>('atbt-chef', CURRENT, { id: ida().id });
      expect(current.data!.trainee.salary).toMatchObject({ monthlyOre: 4_580_000, validFrom: '2026-07-01' });
      expect(await repository(TraineeSalary).countBy({ traineeId: ida().id })).toBe(4);
    });

    it('has no salary in force before the first one starts, while the history holds it', async () => {
      const response = await ask<{ trainee: { salary: unknown } }>('hr-samordnare', CURRENT, { id: fredrik().id });
      expect(response.errors).toBeUndefined();
      expect(response.data!.trainee.salary).toBeNull();
      expect((await history(fredrik().id)).map((s) => s.validFrom)).toEqual(['2027-01-18']);
    });
  });

  describe('within the guideline of the validFrom year', () => {
    it('is false outside the range and for a year without a guideline, and follows a replaced guideline', async () => {
      const subject = ljungby2026();
      const high = await setSalary('bitr-atbt-chef', { traineeId: subject.id, monthlyOre: 4_700_000, validFrom: '2026-09-01' });
      expect(high.data!.setTraineeSalary.withinGuideline).toBe(false);
      // agreed before the employment, in a year with no guideline
      const early = await setSalary('bitr-atbt-chef', { traineeId: subject.id, monthlyOre: 4_300_000, validFrom: '2024-12-01' });
      expect(early.data!.setTraineeSalary.withinGuideline).toBe(false);
      // within 2026's range but below 2027's
      const nextYear = await setSalary('bitr-atbt-chef', { traineeId: subject.id, monthlyOre: 4_300_000, validFrom: '2027-01-01' });
      expect(nextYear.data!.setTraineeSalary.withinGuideline).toBe(false);

      const director = graph.tokenFor('atbt-chef');
      const eventsBefore = (await audits('SET_SALARY_GUIDELINE')).length;
      const before = await graph.query<{ salaryGuidelines: Guideline[] }>(GUIDELINES, { token: director, variables: { year: 2026 } });
      const replaced = await graph.query<{ setSalaryGuideline: Guideline }>(SET_GUIDELINE, {
        token: director,
        variables: {
          year: 2026,
          minMonthlyOre: 4_300_000,
          maxMonthlyOre: 4_750_000,
          note: 'Ny central nivå',
          version: before.data!.salaryGuidelines[0].version,
        },
      });
      expect(replaced.errors).toBeUndefined();
      expect(replaced.data!.setSalaryGuideline).toEqual({
        id: before.data!.salaryGuidelines[0].id,
        year: 2026,
        minMonthlyOre: 4_300_000,
        maxMonthlyOre: 4_750_000,
        note: 'Ny central nivå',
        version: before.data!.salaryGuidelines[0].version + 1,
      });
      const created = await graph.query<{ setSalaryGuideline: Guideline }>(SET_GUIDELINE, {
        token: director,
        variables: { year: 2024, minMonthlyOre: 4_000_000, maxMonthlyOre: 4_400_000 },
      });
      expect(created.data!.setSalaryGuideline).toMatchObject({ year: 2024, note: null, version: 1 });
      const events = (await audits('SET_SALARY_GUIDELINE')).slice(eventsBefore);
      expect(events.map((e) => [e.actorUsername, e.entityType])).toEqual([
        ['atbt-chef', 'SalaryGuideline'],
        ['atbt-chef', 'SalaryGuideline'],
      ]);

      const within = new Map((await history(subject.id)).map((s) => [s.validFrom, s.withinGuideline]));
      expect(Object.fromEntries(within)).toEqual({ '2027-01-01': false, '2026-09-01': true, [subject.employmentStart]: true, '2024-12-01': true });
      const all = await graph.query<{ salaryGuidelines: Guideline[] }>(GUIDELINES, { token: graph.tokenFor('hr-samordnare') });
      expect(all.data!.salaryGuidelines.map((g) => g.year)).toContain(2024);
      expect(await repository(SalaryGuideline).countBy({ year: 2026 })).toBe(1);
    });
  });

  describe('audit', () => {
    it('records each read of a history and of a salary in force: who, when, which trainee', async () => {
      const before = await audits('READ_TRAINEE_SALARY');
      await history(ida().id, 'bitr-atbt-chef');
      await ask('atbt-chef', CURRENT, { id: ida().id });
      // no salary in force: nothing read, nothing recorded
      await ask('atbt-chef', CURRENT, { id: fredrik().id });
      const added = (await audits('READ_TRAINEE_SALARY')).slice(before.length);
      expect(added.map((e) => [e.actorUsername, e.entityType, e.entityId])).toEqual([
        ['bitr-atbt-chef', 'Trainee', ida().id],
        ['atbt-chef', 'Trainee', ida().id],
      ]);
      expect(added.every((e) => Math.abs(e.occurredAt.getTime() - Date.now()) < 60_000)).toBe(true);
    });

    it('records one read per trainee whose salary a list shows', async () => {
      const before = (await audits('READ_TRAINEE_SALARY')).length;
      const response = await ask<{ traineePage: { items: { id: string; salary: { monthlyOre: number } | null }[] } }>(
        'hr-samordnare',
        '{ traineePage(perPage: 50) { items { id salary { monthlyOre } } } }',
      );
      expect(response.errors).toBeUndefined();
      const shown = response.data!.traineePage.items.filter((item) => item.salary !== null).map((item) => item.id);
      expect(shown.length).toBeGreaterThan(0);
      const added = (await audits('READ_TRAINEE_SALARY')).slice(before);
      expect(added.map((e) => e.entityId).sort()).toEqual([...shown].sort());
      expect(added.every((e) => e.actorUsername === 'hr-samordnare')).toBe(true);
    });

    it('records each change with who and which trainee; the history row holds the old and the new amount', async () => {
      const subject = trainee('bt-nils.gustafsson');
      const seeded = seededSalary('bt-nils.gustafsson');
      const response = await setSalary('hr-samordnare', { traineeId: subject.id, monthlyOre: seeded.monthlyOre + 50_000, validFrom: '2025-10-01' });
      expect(response.errors).toBeUndefined();
      const salary = response.data!.setTraineeSalary;
      const [event] = await audits('SET_TRAINEE_SALARY', subject.id);
      expect(event).toMatchObject({ actorUsername: 'hr-samordnare', entityType: 'Trainee', entityId: subject.id });
      // audit_event keeps whole seconds on MySQL; the salary keeps milliseconds on both engines
      expect(Math.floor(event.occurredAt.getTime() / 1000)).toBe(Math.floor(Date.parse(salary.decidedAt) / 1000));
      expect(await repository(TraineeSalary).findOneBy({ id: salary.id })).toMatchObject({
        traineeId: subject.id,
        previousMonthlyOre: seeded.monthlyOre,
        monthlyOre: seeded.monthlyOre + 50_000,
        decidedById: graph.data.people.find((p) => p.username === 'hr-samordnare')!.id,
        decidedAt: new Date(salary.decidedAt),
      });
      expect(await repository(TraineeSalary).findOneBy({ id: seeded.id })).toMatchObject({ monthlyOre: seeded.monthlyOre, previousMonthlyOre: null });
    });
  });

  describe('validation', () => {
    it('refuses every broken rule of a salary at once, names the fields, and saves and audits nothing', async () => {
      const [salaries, events] = [await repository(TraineeSalary).count(), await repository(AuditEvent).count()];
      const broken = await setSalary('atbt-chef', { traineeId: ida().id, monthlyOre: 0, validFrom: '2027-01-12', note: 'x'.repeat(501) });
      expectProblems(
        broken,
        'BAD_USER_INPUT',
        { code: 'SALARY_NOT_POSITIVE', rule: 'EMP-2', field: 'monthlyOre' },
        { code: 'SALARY_AFTER_EMPLOYMENT', rule: 'EMP-2', field: 'validFrom', params: { validFrom: '2027-01-12', employmentEnd: '2027-01-11' } },
        { code: 'TEXT_TOO_LONG', field: 'note', params: { maxLength: 500 } },
      );
      expect(broken.data ?? null).toBeNull();
      const missing = await setSalary('atbt-chef', { traineeId: 'nobody', monthlyOre: -1, validFrom: '2026-01-01' });
      expectProblems(
        missing,
        'BAD_USER_INPUT',
        { code: 'NOT_FOUND', field: 'traineeId', params: { id: 'nobody' } },
        { code: 'SALARY_NOT_POSITIVE', field: 'monthlyOre' },
      );
      const badDate = await setSalary('atbt-chef', { traineeId: ida().id, monthlyOre: 4_500_000, validFrom: '2026-02-30' });
      expect(badDate.errors?.[0].message).toMatch(/datum/);
      const notAnInteger = await setSalary('atbt-chef', { traineeId: ida().id, monthlyOre: 4_500_000.5, validFrom: '2026-03-01' });
      expect(notAnInteger.errors).toBeDefined();
      expect(await repository(TraineeSalary).count()).toBe(salaries);
      expect(await repository(AuditEvent).count()).toBe(events);
    });

    it('refuses every broken rule of a guideline at once and saves nothing', async () => {
      const [guidelines, events] = [await repository(SalaryGuideline).find(), await repository(AuditEvent).count()];
      const response = await ask(`atbt-chef`, SET_GUIDELINE, { year: 2020, minMonthlyOre: 4_800_000, maxMonthlyOre: 4_400_000, note: 'x'.repeat(501) });
      expectProblems(
        response,
        'BAD_USER_INPUT',
        { code: 'SALARY_YEAR_OUT_OF_RANGE', rule: 'EMP-2', field: 'year', params: { min: 2021, max: 2100 } },
        { code: 'SALARY_RANGE_REVERSED', rule: 'EMP-2', field: 'minMonthlyOre' },
        { code: 'TEXT_TOO_LONG', field: 'note' },
      );
      const negative = await ask(`atbt-chef`, SET_GUIDELINE, { year: 2026, minMonthlyOre: -1, maxMonthlyOre: 0 });
      expectProblems(
        negative,
        'BAD_USER_INPUT',
        { code: 'SALARY_NOT_POSITIVE', field: 'minMonthlyOre' },
        { code: 'SALARY_NOT_POSITIVE', field: 'maxMonthlyOre' },
      );
      expect(await repository(SalaryGuideline).find()).toEqual(guidelines);
      expect(await repository(AuditEvent).count()).toBe(events);
    });

    it('refuses a history of a trainee that does not exist, naming the field', async () => {
      expectProblems(await ask('atbt-chef', HISTORY, { traineeId: 'nobody' }), 'BAD_USER_INPUT', {
        code: 'NOT_FOUND',
        field: 'traineeId',
        params: { id: 'nobody' },
      });
    });
  });
});

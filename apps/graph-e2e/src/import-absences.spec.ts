import { Absence, AuditEvent, SickLeaveFlag } from '@bt/employment';
import { addDays } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { employedTrainees, errorCodes, freeDays, IMPORT_RESULT, NOBODY, type ImportResultData } from './import-support';

const IMPORT = `mutation ($csv: String!) { importAbsences(csv: $csv) { ${IMPORT_RESULT} } }`;
const HEADER = 'Personnummer;Typ;Från;Till;Omfattning (%);Status';

/** Issue 12 part 6, ABS-3: absences imported from the payroll/HR system's export, line by line, idempotent, HR only. */
describe(`importAbsences from the payroll export on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const run = async (csv: string, username = 'hr-samordnare') =>
    graph.query<{ importAbsences: ImportResultData }>(IMPORT, { token: graph.tokenFor(username), variables: { csv } });
  const imported = async (csv: string) => {
    const response = await run(csv);
    expect(response.errors).toBeUndefined();
    return response.data!.importAbsences;
  };
  const absences = () => graph.databases.employment.dataSource.getRepository(Absence);

  it('ABS-3: saves the good lines, approved ones as decided in payroll (IMPORTED), and reports each bad line with its reason; a second import duplicates nothing', async () => {
    const [anna, bo] = await employedTrainees(graph, '2026-02-01', '2026-12-31');
    const week = await freeDays(graph, anna, '2026-09-07', 14);
    const other = await freeDays(graph, bo, '2026-10-05', 7);
    const csv = [
      HEADER,
      `${anna.personalIdentityNumber};semester;${week.from};${addDays(week.from, 4)};100;beviljad`,
      `${bo.personalIdentityNumber.replace('-', '')};kurs;${other.from};${other.to};50 %;sökt`,
      `${NOBODY};semester;${week.from};${week.to};100;beviljad`,
      `${anna.personalIdentityNumber};semester;2026-02-30;${week.to};;`,
      `${anna.personalIdentityNumber};jourkomp;${addDays(week.from, 2)};${addDays(week.from, 3)};100;beviljad`,
      `${anna.personalIdentityNumber};semester;${addDays(anna.employmentEnd, -1)};${addDays(anna.employmentEnd, 3)};;`,
    ].join('\r\n');
    const first = await imported(csv);
    expect(first).toMatchObject({ created: 2, unchanged: 0 });
    expect(errorCodes(first)).toEqual([
      [4, ['IMPORT_PERSON_UNKNOWN']],
      [5, ['ABSENCE_DATE_INVALID']],
      [6, ['ABSENCE_OVERLAPS']],
      [7, ['ABSENCE_OUTSIDE_EMPLOYMENT']],
    ]);
    expect(first.errors[0].reason).toBe(`Ingen BT-läkare har personnumret ${NOBODY}; kontrollera numret eller lägg först in anställningen.`);

    const vacation = await absences().findOneByOrFail({ traineeId: anna.id, startDate: week.from, kind: 'VACATION' as never });
    expect(vacation).toMatchObject({ status: 'APPROVED', decisionRoute: 'IMPORTED', percent: 100, endDate: addDays(week.from, 4) });
    expect(vacation.decidedByName).toMatch(/^Importerad från lönesystemet \(/);
    const course = await absences().findOneByOrFail({ traineeId: bo.id, startDate: other.from });
    expect(course).toMatchObject({ kind: 'EXTERNAL_COURSE', status: 'APPLIED', decisionRoute: 'DIRECTOR', percent: 50, decidedByName: null });
    const audits = await graph.databases.employment.dataSource.getRepository(AuditEvent).findBy({ action: 'IMPORT_ABSENCE' as never });
    expect(audits.map((audit) => audit.entityId).sort()).toEqual([vacation.id, course.id].sort());

    const count = await absences().count();
    const second = await imported(csv);
    expect(second).toMatchObject({ created: 0, unchanged: 2 });
    expect(errorCodes(second)).toEqual(errorCodes(first));
    expect(await absences().count()).toBe(count);
  });

  it('two imports of the same file at once save its lines once: the second waits and finds them unchanged', async () => {
    const [, , third] = await employedTrainees(graph, '2026-02-01', '2026-12-31');
    const day = await freeDays(graph, third, '2026-06-01', 1);
    const csv = `${HEADER}\n${third.personalIdentityNumber};semester;${day.from};${day.to};100;beviljad`;
    const results = await Promise.all([imported(csv), imported(csv)]);
    expect(results.map((result) => result.created).sort()).toEqual([0, 1]);
    expect(results.map((result) => result.unchanged).sort()).toEqual([0, 1]);
    expect(await absences().countBy({ traineeId: third.id, startDate: day.from })).toBe(1);
  });

  it('ABS-10, ABS-11: imported sick leave refreshes the sick-leave flags of the trainee at once', async () => {
    const ebba = graph.data.trainees.find((t) => t.username === 'bt-ebba.hussein')!;
    const [trainee] = await employedTrainees(graph, ebba.employmentStart, ebba.employmentEnd).then((all) => all.filter((t) => t.id === ebba.id));
    const before = await graph.databases.employment.dataSource.getRepository(SickLeaveFlag).findOneByOrFail({ traineeId: ebba.id });
    const day = await freeDays(graph, trainee, '2026-11-09', 1);
    const result = await imported(`personnummer,typ,från,till\n${trainee.personalIdentityNumber},sjuk,${day.from},${day.to}`);
    expect(result).toMatchObject({ created: 1, errors: [] });
    const after = await graph.databases.employment.dataSource.getRepository(SickLeaveFlag).findOneByOrFail({ traineeId: ebba.id });
    expect(after.shortTermPeriods).toBe(before.shortTermPeriods + 1);
  });

  it('only HR imports absences: the Director, a head of unit and a trainee are refused and nothing is saved', async () => {
    const [anna] = await employedTrainees(graph, '2026-02-01', '2026-12-31');
    const day = await freeDays(graph, anna, '2026-03-02', 1);
    const count = await absences().count();
    for (const username of ['atbt-chef', 'vc-kir-vxo', 'bt-ebba.hussein']) {
      const response = await run(`${HEADER}\n${anna.personalIdentityNumber};semester;${day.from};${day.to};100;beviljad`, username);
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await absences().count()).toBe(count);
  });

  it('is set-based: the SQL statements of an import do not grow with its lines', async () => {
    const trainees = await employedTrainees(graph, '2026-02-01', '2026-12-31');
    expect(trainees.length).toBeGreaterThanOrEqual(5);
    const fileOf = async (count: number, from: string) => {
      const lines = [];
      for (const trainee of trainees.slice(0, count)) {
        const day = await freeDays(graph, trainee, from, 1);
        lines.push(`${trainee.personalIdentityNumber};semester;${day.from};${day.to};100;beviljad`);
      }
      return [HEADER, ...lines].join('\n');
    };
    const statements = async (csv: string) => {
      const before = graph.sqlStatements();
      const result = await imported(csv);
      expect(result.errors).toEqual([]);
      return { statements: graph.sqlStatements() - before, created: result.created };
    };
    const small = await statements(await fileOf(1, '2026-04-06'));
    const large = await statements(await fileOf(trainees.length, '2026-05-04'));
    expect([small.created, large.created]).toEqual([1, trainees.length]);
    expect(large.statements).toBe(small.statements);
  });
});

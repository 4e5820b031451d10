import { AuditEvent, ExtraHoursMonth } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { employedTrainees, errorCodes, IMPORT_RESULT, NOBODY, type ImportResultData } from './import-support';

const IMPORT = `mutation ($csv: String!) { importExtraHours(csv: $csv) { ${IMPORT_RESULT} } }`;

/** Issue 12 part 6, ABS-6: extra hours per month imported from time reporting, replacing the month's figure as the manual entry does. */
describe(`importExtraHours from time reporting on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const run = async (csv: string, username = 'hr-samordnare') =>
    graph.query<{ importExtraHours: ImportResultData }>(IMPORT, { token: graph.tokenFor(username), variables: { csv } });
  const imported = async (csv: string) => {
    const response = await run(csv);
    expect(response.errors).toBeUndefined();
    return response.data!.importExtraHours;
  };
  const months = (traineeId: string) =>
    graph.databases.employment.dataSource.getRepository(ExtraHoursMonth).find({ where: { traineeId }, order: { month: 'ASC' } });

  it('ABS-6: records the good lines, replaces a month already recorded, reports each bad line; the same file again changes nothing', async () => {
    const [anna, bo] = await employedTrainees(graph, '2026-02-01', '2026-12-31');
    const before = await months(anna.id);
    const csv = [
      'Personnummer;Månad;Timmar',
      `${anna.personalIdentityNumber};2026-03;12,25`,
      `${anna.personalIdentityNumber};2026-04;8`,
      `${bo.personalIdentityNumber};2026-03;3,5`,
      `${NOBODY};2026-03;4`,
      `${bo.personalIdentityNumber};2026-3;4,1`,
      `${bo.personalIdentityNumber};${Number(bo.employmentEnd.slice(0, 4)) + 1}-01;4`,
      `${anna.personalIdentityNumber};2026-04;9`,
    ].join('\r\n');
    const first = await imported(csv);
    expect(errorCodes(first)).toEqual([
      [5, ['IMPORT_PERSON_UNKNOWN']],
      [6, ['EXTRA_HOURS_MONTH_INVALID', 'EXTRA_HOURS_INVALID']],
      [7, ['EXTRA_HOURS_OUTSIDE_EMPLOYMENT']],
      [8, ['EXTRA_HOURS_MONTH_REPEATED']],
    ]);
    const replaced = before.filter((row) => ['2026-03', '2026-04'].includes(row.month)).length;
    expect(first).toMatchObject({ created: 3, unchanged: 0 });
    const annas = await months(anna.id);
    expect(annas.filter((row) => ['2026-03', '2026-04'].includes(row.month)).map((row) => [row.month, row.minutes])).toEqual([
      ['2026-03', 735],
      ['2026-04', 480],
    ]);
    expect(annas).toHaveLength(before.length + 2 - replaced);
    const audits = await graph.databases.employment.dataSource.getRepository(AuditEvent).findBy({ action: 'IMPORT_EXTRA_HOURS' as never });
    expect(audits.map((audit) => audit.newValue).sort()).toEqual(['2026-03: 210 min', '2026-03: 735 min', '2026-04: 480 min']);

    const second = await imported(csv);
    expect(second).toMatchObject({ created: 0, unchanged: 3 });
    expect(errorCodes(second)).toEqual(errorCodes(first));
    expect(await months(anna.id)).toEqual(annas);

    const changed = await imported(`personnummer;månad;timmar\n${anna.personalIdentityNumber};2026-03;10`);
    expect(changed).toMatchObject({ created: 1, unchanged: 0, errors: [] });
    expect((await months(anna.id)).find((row) => row.month === '2026-03')).toMatchObject({
      id: annas[annas.findIndex((row) => row.month === '2026-03')].id,
      minutes: 600,
    });
  });

  it('only HR records working time: the Director and a trainee are refused and nothing is saved', async () => {
    const [anna] = await employedTrainees(graph, '2026-02-01', '2026-12-31');
    const before = await months(anna.id);
    for (const username of ['atbt-chef', 'bt-ebba.hussein']) {
      const response = await run(`personnummer;månad;timmar\n${anna.personalIdentityNumber};2026-06;7`, username);
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await months(anna.id)).toEqual(before);
  });

  it('is set-based: the SQL statements of an import do not grow with its lines', async () => {
    const trainees = await employedTrainees(graph, '2026-02-01', '2026-12-31');
    expect(trainees.length).toBeGreaterThanOrEqual(5);
    const statements = async (lines: string[]) => {
      const before = graph.sqlStatements();
      const result = await imported(['personnummer;månad;timmar', ...lines].join('\n'));
      expect(result.errors).toEqual([]);
      return { statements: graph.sqlStatements() - before, created: result.created };
    };
    const small = await statements([`${trainees[0].personalIdentityNumber};2026-07;1`]);
    const large = await statements(trainees.flatMap((trainee) => ['2026-08', '2026-09'].map((month) => `${trainee.personalIdentityNumber};${month};2,5`)));
    expect([small.created, large.created]).toEqual([1, trainees.length * 2]);
    expect(large.statements).toBe(small.statements);
  });
});

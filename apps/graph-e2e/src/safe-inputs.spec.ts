import { Application, Cohort } from '@bt/employment';
import { MAX_FILTER_IDS, MAX_FILTER_TEXT_LENGTH, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type GraphQLResponse, type TestGraph } from '@bt/test-graph';
import {
  call,
  createRound,
  CSV_HEADER,
  expectProblems,
  GENERATE_SLOTS,
  slotPlace,
  IMPORT,
  RECORD_REQUIREMENT,
  recordRequirements,
  SAMPLE_CSV,
  SCHEDULE,
  seatPanel,
  siteId,
} from './recruitment-support';

const CREATE_COHORT = 'mutation ($input: CohortInput!) { createCohort(input: $input) { id name } }';
const SYLF_CSV = 'query ($roundId: ID!) { sylfInviteesCsv(roundId: $roundId) }';
const PERSON_PAGE = 'query ($filter: PersonFilter) { personPage(filter: $filter) { total } }';
const APPLICATION_PAGE = 'query ($filter: ApplicationFilter) { applicationPage(filter: $filter) { total } }';

interface ImportResult {
  importApplications: { created: number; unchanged: number; errors: { line: number; reason: string; codes: string[] }[] };
}

/** The sample file with the given names of its first rows replaced (quoted as CSV requires). */
function sampleWithGivenNames(...names: string[]): string {
  const [header, ...rows] = SAMPLE_CSV.trimEnd().split('\n');
  const renamed = rows.map((row, index) => {
    if (index >= names.length) return row;
    const [number, , ...rest] = row.split(';');
    return [number, `"${names[index].replace(/"/g, '""')}"`, ...rest].join(';');
  });
  return [header, ...renamed].join('\n');
}

describe(`safe exports and inputs on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const applications = () => graph.databases.employment.dataSource.getRepository(Application);

  describe('REC-10: the SYLF list of invitees cannot carry a formula into the spreadsheet', () => {
    it('applicants named =HYPERLINK("http://x"), +1 and @SUM(1) come out as text', async () => {
      const roundId = await createRound(graph, 'OPEN');
      await seatPanel(graph, roundId, [['hr-samordnare', 'HR']], ['INTERVIEWS']);
      await call(graph, 'hr-samordnare', IMPORT, { roundId, csv: sampleWithGivenNames('=HYPERLINK("http://x")', '+1', '@SUM(1)') });
      const { applicationPage } = await call<{ applicationPage: { items: { id: string; externalId: string }[] } }>(
        graph,
        'hr-samordnare',
        'query ($roundId: ID!) { applicationPage(perPage: 3, sortField: "externalId", filter: { roundId: $roundId }) { items { id externalId } } }',
        { roundId },
      );
      const slots = (
        await call<{ generateInterviewSlots: { id: string }[] }>(graph, 'hr-samordnare', GENERATE_SLOTS, { roundId, ...slotPlace(graph, ['hr-samordnare']) })
      ).generateInterviewSlots;
      for (const [index, { id }] of applicationPage.items.entries()) {
        await recordRequirements(graph, id);
        await call(graph, 'hr-samordnare', SCHEDULE, { applicationId: id, slotId: slots[index].id });
      }
      const { sylfInviteesCsv } = await call<{ sylfInviteesCsv: string }>(graph, 'hr-samordnare', SYLF_CSV, { roundId });
      expect(sylfInviteesCsv.split('\r\n').map((line) => line.split(';')[0])).toEqual([
        'Namn',
        `"'=HYPERLINK(""http://x"") Hussein"`,
        `"'+1 Lindqvist"`,
        `"'@SUM(1) Sjöberg"`,
        '',
      ]);
    });
  });

  describe('hidden characters are refused in every text input', () => {
    const createCohort = (name: string) =>
      graph.query(CREATE_COHORT, {
        token: graph.tokenFor('atbt-chef'),
        variables: { input: { siteId: siteId(graph, 'Växjö'), startDate: '2029-01-15', name } },
      });

    it('a cohort named with NUL, a direction override or only zero-width characters is refused, naming the field by its label', async () => {
      const before = await graph.databases.employment.dataSource.getRepository(Cohort).count();
      const nul = await createCohort('VT 2029\u0000');
      expectProblems(nul, 'BAD_USER_INPUT', { code: 'TEXT_CONTROL_CHARACTERS', field: 'input.name' });
      expect(nul.errors?.[0].message).toMatch(/^Kullens namn innehåller osynliga styrtecken/);
      expectProblems(await createCohort('VT 2029 \u202Egnirah'), 'BAD_USER_INPUT', { code: 'TEXT_BIDI_OVERRIDE', field: 'input.name' });
      expectProblems(await createCohort('\u200B\u200D\u2060'), 'BAD_USER_INPUT', { code: 'TEXT_INVISIBLE_ONLY', field: 'input.name' });
      expect(await graph.databases.employment.dataSource.getRepository(Cohort).count()).toBe(before);
    });

    it('the evidence of a requirement check and the rows of an import go through the same rule', async () => {
      const roundId = await createRound(graph, 'OPEN');
      const result = await call<ImportResult>(graph, 'hr-samordnare', IMPORT, {
        roundId,
        csv: sampleWithGivenNames('Amira\u0000', 'Jo\u2066han', '\u200B', 'Elin'),
      });
      expect(result.importApplications.created).toBe(9);
      expect(result.importApplications.errors.map(({ line, codes }) => [line, codes])).toEqual([
        [2, ['TEXT_CONTROL_CHARACTERS']],
        [3, ['TEXT_BIDI_OVERRIDE']],
        [4, ['TEXT_INVISIBLE_ONLY']],
      ]);
      expect(result.importApplications.errors[1].reason).toMatch(/^Förnamnet \(förnamn\) innehåller tecken som vänder textens riktning/);
      const [application] = await applications().findBy({ roundId, externalId: 'OJ-2027-1005' });
      const evidence = (text: string) =>
        graph.query(RECORD_REQUIREMENT, {
          token: graph.tokenFor('hr-samordnare'),
          variables: { id: application.id, requirement: 'LICENCE', met: true, evidence: text },
        });
      expectProblems(await evidence('HOSP\u0007'), 'BAD_USER_INPUT', { code: 'TEXT_CONTROL_CHARACTERS', field: 'evidence' });
      expectProblems(await evidence('HOSP \u202Dok'), 'BAD_USER_INPUT', { code: 'TEXT_BIDI_OVERRIDE', field: 'evidence' });
      expectProblems(await evidence('\uFEFF\u200C'), 'BAD_USER_INPUT', { code: 'TEXT_INVISIBLE_ONLY', field: 'evidence' });
    });
  });

  describe('filters and uploads are capped', () => {
    const ask = (query: string, filter: Record<string, unknown>) => graph.query(query, { token: graph.tokenFor('atbt-chef'), variables: { filter } });

    it(`a search text over ${MAX_FILTER_TEXT_LENGTH} characters and over ${MAX_FILTER_IDS} ids are refused before anything is read`, async () => {
      expectProblems(await ask(PERSON_PAGE, { q: 'a'.repeat(MAX_FILTER_TEXT_LENGTH + 1) }), 'BAD_USER_INPUT', {
        code: 'FILTER_TEXT_TOO_LONG',
        field: 'filter.q',
        params: { maxLength: MAX_FILTER_TEXT_LENGTH },
      });
      const ids = Array.from({ length: MAX_FILTER_IDS + 1 }, (_, index) => `id-${index}`);
      expectProblems(await ask(APPLICATION_PAGE, { ids }), 'BAD_USER_INPUT', {
        code: 'TOO_MANY_IDS',
        field: 'filter.ids',
        params: { max: MAX_FILTER_IDS, count: MAX_FILTER_IDS + 1 },
      });
      const within = await ask(PERSON_PAGE, { q: 'a'.repeat(MAX_FILTER_TEXT_LENGTH), ids: ids.slice(0, MAX_FILTER_IDS) });
      expect(within.errors).toBeUndefined();
    });

    it(`an import over ${MAX_IMPORT_BYTES} bytes or ${MAX_IMPORT_ROWS} rows is refused whole`, async () => {
      const roundId = await createRound(graph, 'OPEN');
      const importing = (csv: string) => graph.query(IMPORT, { token: graph.tokenFor('hr-samordnare'), variables: { roundId, csv } });
      const large = `${CSV_HEADER}\n${'x'.repeat(MAX_IMPORT_BYTES)}`;
      expectProblems(await importing(large), 'BAD_USER_INPUT', { code: 'IMPORT_TOO_LARGE', rule: 'REC-1', field: 'csv' });
      const many = [CSV_HEADER, ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, index) => `OJ-${index};A;B`)].join('\n');
      expectProblems(await importing(many), 'BAD_USER_INPUT', {
        code: 'IMPORT_TOO_MANY_ROWS',
        rule: 'REC-1',
        field: 'csv',
        params: { max: MAX_IMPORT_ROWS, rows: MAX_IMPORT_ROWS + 1 },
      });
      expect(await applications().countBy({ roundId })).toBe(0);
    });
  });

  describe('REC-1: concurrent imports of the same file', () => {
    it('three at once give one set of rows; the others are refused or find every row unchanged, never a server error', async () => {
      const roundId = await createRound(graph, 'OPEN');
      const responses: GraphQLResponse<ImportResult>[] = await Promise.all(
        ['hr-samordnare', 'atbt-chef', 'hr-samordnare'].map((username) =>
          graph.query<ImportResult>(IMPORT, { token: graph.tokenFor(username), variables: { roundId, csv: SAMPLE_CSV } }),
        ),
      );
      const answers = responses.map((response) =>
        response.errors
          ? response.errors.map((error) => error.extensions?.problems?.[0]?.code ?? error.extensions?.code).join()
          : response.data!.importApplications,
      );
      for (const answer of answers) {
        expect([{ created: 12, unchanged: 0, errors: [] }, { created: 0, unchanged: 12, errors: [] }, 'IMPORT_IN_PROGRESS']).toContainEqual(answer);
      }
      expect(answers.filter((answer) => typeof answer === 'object' && answer.created === 12)).toHaveLength(1);
      expect(await applications().countBy({ roundId })).toBe(12);
    });
  });
});

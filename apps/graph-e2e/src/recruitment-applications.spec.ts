import { AuditEvent, Application } from '@bt/employment';
import { decodeCsvFile } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import {
  call,
  createRound,
  CSV_HEADER,
  entityAsGateway,
  expectProblems,
  expectRefused,
  IMPORT,
  RECORD_REQUIREMENT,
  recordRequirements,
  roundWithApplications,
  SAMPLE_CSV,
} from './recruitment-support';
import { withVersion } from './versions';

const APPLICATION = `query ($id: ID!) { application(id: $id) {
  id externalId name givenName email personalIdentityNumber state receivedAt eligible ineligibilityReasons
  preferredSite { name } round { id applicationCount }
  requirements { requirement met evidence checkedAt checkedBy { username } }
  merits { underlakareMonthsSweden underlakareMonthsRegion otherHigherEducation researchMerits doctoralDegree earlierEmploymentInRegion } } }`;
const PAGE = `query ($filter: ApplicationFilter, $sortField: String, $sortOrder: SortOrder! = ASC) {
  applicationPage(perPage: 100, filter: $filter, sortField: $sortField, sortOrder: $sortOrder) { total items { externalId name state } } }`;
const UPDATE =
  'mutation ($id: ID!, $version: Int!, $input: ApplicationInput!) { updateApplication(id: $id, version: $version, input: $input) { id name email preferredSite { name } merits { underlakareMonthsSweden doctoralDegree } } }';

interface ImportResult {
  importApplications: { created: number; unchanged: number; errors: { line: number; reason: string; codes: string[] }[] };
}

describe(`applications on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const applications = () => graph.databases.employment.dataSource.getRepository(Application);

  describe('REC-1: the import of the job portal export', () => {
    it('HR imports the sample file; the same file again creates no duplicates', async () => {
      const roundId = await createRound(graph, 'OPEN');
      const first = await call<ImportResult>(graph, 'hr-samordnare', IMPORT, { roundId, csv: SAMPLE_CSV });
      expect(first.importApplications).toEqual({ created: 12, unchanged: 0, errors: [] });
      const again = await call<ImportResult>(graph, 'atbt-chef', IMPORT, { roundId, csv: SAMPLE_CSV });
      expect(again.importApplications).toEqual({ created: 0, unchanged: 12, errors: [] });
      expect(await applications().countBy({ roundId })).toBe(12);
      const round = await call<{ recruitmentRound: { applicationCount: number } }>(
        graph,
        'hr-samordnare',
        'query ($id: ID!) { recruitmentRound(id: $id) { applicationCount } }',
        { id: roundId },
      );
      expect(round.recruitmentRound.applicationCount).toBe(12);
    });

    it('REC-1: an Excel export in Windows-1252 with semicolons, decoded as the dashboard and the command line do, and a comma-separated UTF-8 file with BOM give the names with å ä ö', async () => {
      const roundId = await createRound(graph, 'OPEN');
      const rows = [
        'OJ-2027-7001;Åsa;Öberg;19960512-2341;;;Växjö;2027-09-10;12;6;nej;"Studie om sepsis; publicerad";;',
        'OJ-2027-7002;Märta;Ängström;19970823-3458;;;Ljungby;2027-09-11;;;;;;',
      ];
      const excel = decodeCsvFile(new Uint8Array(Buffer.from([CSV_HEADER, ...rows].join('\r\n'), 'latin1')));
      expect(excel.encoding).toBe('windows-1252');
      const first = await call<ImportResult>(graph, 'hr-samordnare', IMPORT, { roundId, csv: excel.text });
      expect(first.importApplications).toEqual({ created: 2, unchanged: 0, errors: [] });
      const comma = `\uFEFF${CSV_HEADER.replace(/;/g, ',')}\r\nOJ-2027-7003,Björn,Sjöström,19950101-4568,,,Växjö,2027-09-12,,,ja,"Två artiklar, en i Läkartidningen",,\r\n`;
      const second = await call<ImportResult>(graph, 'hr-samordnare', IMPORT, { roundId, csv: comma });
      expect(second.importApplications).toEqual({ created: 1, unchanged: 0, errors: [] });
      const saved = await applications().find({ where: { roundId }, order: { externalId: 'ASC' } });
      expect(saved.map((application) => [application.givenName, application.familyName, application.researchMerits])).toEqual([
        ['Åsa', 'Öberg', 'Studie om sepsis; publicerad'],
        ['Märta', 'Ängström', null],
        ['Björn', 'Sjöström', 'Två artiklar, en i Läkartidningen'],
      ]);
    });

    it('reports each failing row with its file line and reason, saves nothing of it, and saves the valid rows', async () => {
      const roundId = await createRound(graph, 'OPEN');
      const [, amira, johan] = SAMPLE_CSV.split('\n');
      await call(graph, 'hr-samordnare', IMPORT, { roundId, csv: [CSV_HEADER, amira].join('\n') });
      const csv = [
        CSV_HEADER,
        johan,
        amira.replace('amira.hussein@example.se', 'ny@example.se'),
        'OJ-X;"Anna;Maria";Berg;19121212-1213;;;Kalmar;2027-09-10;;;;;;',
        johan.replace('OJ-2027-1002', 'OJ-2027-2002'),
        'OJ-Y;Erik;Ek',
      ].join('\r\n');
      const result = await call<ImportResult>(graph, 'hr-samordnare', IMPORT, { roundId, csv });
      expect(result.importApplications.created).toBe(1);
      expect(result.importApplications.unchanged).toBe(0);
      expect(result.importApplications.errors).toEqual([
        {
          line: 3,
          reason: expect.stringMatching(/^Ansökan OJ-2027-1001 finns redan med andra uppgifter \(e-post\); ändra den i systemet/),
          codes: ['APPLICATION_CHANGED_IN_FILE'],
        },
        {
          line: 4,
          reason: 'Önskad huvudort "Kalmar" finns inte; ange Ljungby eller Växjö. Personnumrets kontrollsiffra stämmer inte.',
          codes: ['SITE_UNKNOWN', 'PERSONAL_IDENTITY_NUMBER_INVALID'],
        },
        { line: 5, reason: expect.stringMatching(/^Personnumret finns redan i omgången i ansökan OJ-2027-1002/), codes: ['APPLICANT_ALREADY_IN_ROUND'] },
        { line: 6, reason: expect.stringMatching(/^Raden har 3 fält men rubrikraden 14/), codes: ['CSV_FIELD_COUNT'] },
      ]);
      expect((await applications().findBy({ roundId })).map((a) => `${a.externalId} ${a.email}`).sort()).toEqual([
        'OJ-2027-1001 amira.hussein@example.se',
        'OJ-2027-1002 johan.lindqvist@example.se',
      ]);
    });

    it('refuses a file without the required columns, a round that is not open, and roles other than the Director and HR', async () => {
      const open = await createRound(graph, 'OPEN');
      const wrong = await call<ImportResult>(graph, 'hr-samordnare', IMPORT, { roundId: open, csv: 'namn;e-post\nAnna;a@example.se' });
      expect(wrong.importApplications).toEqual({
        created: 0,
        unchanged: 0,
        errors: [
          {
            line: 1,
            reason: expect.stringMatching(/^Okänd kolumn "namn"\..*Kolumnen "ansökningsnummer" saknas/),
            codes: expect.arrayContaining(['CSV_UNKNOWN_COLUMN', 'CSV_COLUMN_MISSING', 'CSV_HEADER_EXPECTED']),
          },
        ],
      });
      const draft = await createRound(graph, 'DRAFT');
      const closed = await graph.query(IMPORT, { token: graph.tokenFor('hr-samordnare'), variables: { roundId: draft, csv: SAMPLE_CSV } });
      expectProblems(closed, 'BAD_USER_INPUT', { code: 'ROUND_NOT_OPEN_FOR_IMPORT', rule: 'REC-1' });
      expectRefused(closed, 'BAD_USER_INPUT', /öppna omgången för ansökan först/);
      for (const username of ['bitr-atbt-chef', 'studierektor-sluten', 'adm-stod']) {
        expectProblems(await graph.query(IMPORT, { token: graph.tokenFor(username), variables: { roundId: open, csv: SAMPLE_CSV } }), 'FORBIDDEN', {
          code: 'NOT_PERMITTED',
        });
      }
      expect(await applications().countBy({ roundId: draft })).toBe(0);
    });
  });

  describe('an application', () => {
    let roundId: string;
    let ids: Map<string, string>;

    beforeAll(async () => {
      ({ roundId, ids } = await roundWithApplications(graph));
    });

    it('shows what the file said: names, merits (REC-5), preferred site, and the personal identity number in full to HR, audited', async () => {
      const before = await graph.databases.employment.dataSource
        .getRepository(AuditEvent)
        .countBy({ entityType: 'Application', entityId: ids.get('OJ-2027-1002') });
      const { application } = await call<{ application: Record<string, unknown> }>(graph, 'hr-samordnare', APPLICATION, { id: ids.get('OJ-2027-1002') });
      expect(application).toMatchObject({
        externalId: 'OJ-2027-1002',
        name: 'Johan Lindqvist',
        personalIdentityNumber: '19920707-1235',
        state: 'RECEIVED',
        receivedAt: '2027-09-08',
        eligible: null,
        ineligibilityReasons: [],
        preferredSite: { name: 'Växjö' },
        round: { id: roundId, applicationCount: 12 },
        merits: {
          underlakareMonthsSweden: 24,
          underlakareMonthsRegion: 0,
          doctoralDegree: true,
          researchMerits: 'Disputerad 2024; avhandling om sepsis på akuten',
          otherHigherEducation: null,
        },
        requirements: [
          { requirement: 'BT_REQUIREMENT', met: null, evidence: null, checkedAt: null, checkedBy: null },
          { requirement: 'LICENCE', met: null, evidence: null, checkedAt: null, checkedBy: null },
          { requirement: 'SWEDISH_C1', met: null, evidence: null, checkedAt: null, checkedBy: null },
        ],
      });
      const events = await graph.databases.employment.dataSource
        .getRepository(AuditEvent)
        .findBy({ entityType: 'Application', entityId: ids.get('OJ-2027-1002') });
      expect(events.length).toBeGreaterThan(before);
      expect(events.at(-1)).toMatchObject({ action: 'READ_PERSONAL_IDENTITY_NUMBER', actorUsername: 'hr-samordnare' });
    });

    it('REC-3: all three requirements met make it ELIGIBLE; one not met makes it INELIGIBLE with the reason, kept', async () => {
      await recordRequirements(graph, ids.get('OJ-2027-1001')!);
      await recordRequirements(graph, ids.get('OJ-2027-1004')!, 'SWEDISH_C1');
      const eligible = await call<{ application: Record<string, unknown> }>(graph, 'atbt-chef', APPLICATION, { id: ids.get('OJ-2027-1001') });
      expect(eligible.application).toMatchObject({ state: 'ELIGIBLE', eligible: true, ineligibilityReasons: [] });
      expect((eligible.application.requirements as unknown[])[1]).toMatchObject({
        requirement: 'LICENCE',
        met: true,
        evidence: 'Kontrollerat: LICENCE',
        checkedBy: { username: 'hr-samordnare' },
      });
      const ineligible = await call<{ application: Record<string, unknown> }>(graph, 'atbt-chef', APPLICATION, { id: ids.get('OJ-2027-1004') });
      expect(ineligible.application).toMatchObject({ state: 'INELIGIBLE', eligible: false, ineligibilityReasons: ['Saknar svenska på nivå C1.'] });
      // a correction: the language certificate arrives
      const corrected = await call<{ recordRequirement: { state: string; eligible: boolean } }>(graph, 'hr-samordnare', RECORD_REQUIREMENT, {
        id: ids.get('OJ-2027-1004'),
        requirement: 'SWEDISH_C1',
        met: true,
        evidence: 'Intyg C1 inkom 2027-09-25',
      });
      expect(corrected.recordRequirement).toMatchObject({ state: 'ELIGIBLE', eligible: true });
      const noEvidence = await graph.query(RECORD_REQUIREMENT, {
        token: graph.tokenFor('hr-samordnare'),
        variables: { id: ids.get('OJ-2027-1005'), requirement: 'LICENCE', met: true, evidence: ' ' },
      });
      expectProblems(noEvidence, 'BAD_USER_INPUT', { code: 'TEXT_REQUIRED', field: 'evidence' });
      expectRefused(noEvidence, 'BAD_USER_INPUT', /^Underlaget får inte vara tomt/);
      expectRefused(
        await graph.query(RECORD_REQUIREMENT, {
          token: graph.tokenFor('bitr-atbt-chef'),
          variables: { id: ids.get('OJ-2027-1005'), requirement: 'LICENCE', met: true, evidence: 'x' },
        }),
        'FORBIDDEN',
      );
    });

    it('lists applications by page: filtered by round, eligibility, site and text, sorted', async () => {
      // a round of its own, so that what other tests record does not change the lists
      const own = await roundWithApplications(graph);
      await recordRequirements(graph, own.ids.get('OJ-2027-1001')!);
      await recordRequirements(graph, own.ids.get('OJ-2027-1004')!);
      await recordRequirements(graph, own.ids.get('OJ-2027-1003')!, 'LICENCE');
      const page = async (filter: Record<string, unknown>, sortField?: string) =>
        (
          await call<{ applicationPage: { total: number; items: { externalId: string; name: string; state: string }[] } }>(graph, 'bitr-atbt-chef', PAGE, {
            filter: { roundId: own.roundId, ...filter },
            sortField,
          })
        ).applicationPage;
      expect((await page({})).total).toBe(12);
      expect((await page({ eligible: true })).items.map((i) => i.externalId).sort()).toEqual(['OJ-2027-1001', 'OJ-2027-1004']);
      expect((await page({ eligible: false })).items.map((i) => i.externalId)).toEqual(['OJ-2027-1003']);
      const ljungby = graph.data.sites.find((s) => s.name === 'Ljungby')!;
      expect((await page({ preferredSiteId: ljungby.id })).total).toBe(4);
      expect((await page({ q: 'öberg' })).items.map((i) => i.name)).toEqual(['Elin Sjöberg', 'David Öberg']);
      expect((await page({ q: 'david ÖB' })).items.map((i) => i.name)).toEqual(['David Öberg']);
      expect((await page({ q: 'OJ-2027-100' }, 'externalId')).items.map((i) => i.externalId)).toEqual(
        ['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008', '1009'].map((n) => `OJ-2027-${n}`),
      );
      expect((await page({ state: 'RECEIVED' })).total).toBe(9);
    });

    it('HR changes contact details, preferred site and merits; every problem is refused at once and nothing is saved', async () => {
      const id = ids.get('OJ-2027-1006')!;
      const ljungby = graph.data.sites.find((s) => s.name === 'Ljungby')!;
      const input = {
        givenName: 'Ali',
        familyName: 'Ahmadi',
        email: ' ali@example.se ',
        phone: null,
        preferredSiteId: ljungby.id,
        merits: { underlakareMonthsSweden: 5, underlakareMonthsRegion: 3, doctoralDegree: false },
      };
      const updated = await call<{ updateApplication: Record<string, unknown> }>(
        graph,
        'hr-samordnare',
        UPDATE,
        await withVersion(graph, Application, { id, input }),
      );
      expect(updated.updateApplication).toMatchObject({
        name: 'Ali Ahmadi',
        email: 'ali@example.se',
        preferredSite: { name: 'Ljungby' },
        merits: { underlakareMonthsSweden: 5 },
      });
      const stored = await applications().findOneBy({ id });
      const refused = await graph.query(UPDATE, {
        token: graph.tokenFor('atbt-chef'),
        variables: await withVersion(graph, Application, {
          id,
          input: {
            ...input,
            givenName: '',
            preferredSiteId: 'nowhere',
            personalIdentityNumber: '19950314-2383',
            merits: { underlakareMonthsSweden: 2, underlakareMonthsRegion: 3, doctoralDegree: false },
          },
        }),
      });
      expectRefused(
        refused,
        'BAD_USER_INPUT',
        /Huvudorten finns inte/,
        /Förnamnet får inte vara tomt/,
        /kan inte vara fler än månaderna i Sverige/,
        /finns redan i en annan ansökan/,
      );
      const problems = (refused.errors![0].extensions as { problems: { code: string; rule?: string; field?: string }[] }).problems;
      expect(problems.slice(1).map(({ code, rule, field }) => ({ code, rule, field }))).toEqual([
        { code: 'TEXT_REQUIRED', rule: undefined, field: 'input.givenName' },
        { code: 'MERIT_REGION_MONTHS_ABOVE_SWEDEN', rule: 'REC-5', field: 'input.merits.underlakareMonthsRegion' },
        { code: 'APPLICANT_ALREADY_IN_ROUND', rule: 'REC-1', field: 'input.personalIdentityNumber' },
      ]);
      expect(await applications().findOneBy({ id })).toEqual(stored);
      expectRefused(
        await graph.query(UPDATE, { token: graph.tokenFor('studierektor-primar'), variables: await withVersion(graph, Application, { id, input }) }),
        'FORBIDDEN',
      );
    });

    it('is hidden from staff who are not on the round’s panel, and refused to trainees', async () => {
      const id = ids.get('OJ-2027-1001');
      const hidden = await call<{ application: unknown }>(graph, 'studierektor-sluten', APPLICATION, { id });
      expect(hidden.application).toBeNull();
      const page = await call<{ applicationPage: { total: number } }>(graph, 'hhl-vc-teleborg-1', PAGE, { filter: { roundId } });
      expect(page.applicationPage.total).toBe(0);
      expectRefused(await graph.query(APPLICATION, { token: graph.tokenFor('bt-ida.olsson'), variables: { id } }), 'FORBIDDEN');
      expectRefused(await entityAsGateway(graph, 'bt-ida.olsson', 'Application', id!), 'FORBIDDEN');
      const notOnPanel = await entityAsGateway(graph, 'studierektor-sluten', 'Application', id!);
      expectProblems(notOnPanel, 'FORBIDDEN', { code: 'ROUND_NOT_IN_SCOPE', rule: 'REC-9' });
      expectRefused(notOnPanel, 'FORBIDDEN', /rekryteringsgruppen/);
      expect((notOnPanel.data as { _entities: unknown[] })._entities).toEqual([null]);
      expect((await entityAsGateway(graph, 'hr-samordnare', 'Application', id!)).data).toEqual({ _entities: [{ id }] });
    });
  });
});

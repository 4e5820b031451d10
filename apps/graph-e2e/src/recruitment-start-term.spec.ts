import { AuditEvent, RecruitmentRound } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { call, createRound, CSV_HEADER, expectProblems, expectRefused, IMPORT, RECORD_REQUIREMENT, ROUND_INPUT, SAMPLE_CSV } from './recruitment-support';

const CREATE = 'mutation ($input: RecruitmentRoundInput!) { createRecruitmentRound(input: $input) { id startDate secondRoundReason } }';
const ADMIT = `mutation ($applicationId: ID!, $reason: String!) { admitLateApplication(applicationId: $applicationId, reason: $reason) {
  id late lateAdmittedAt lateAdmissionReason lateAdmittedBy { username } } }`;
const APPLICATIONS = `query ($roundId: ID!) { applicationPage(perPage: 100, filter: { roundId: $roundId }) {
  items { id externalId receivedAt late lateAdmittedAt lateAdmittedBy { username } } } }`;

interface ImportWarnings {
  importApplications: { created: number; errors: unknown[]; warnings: { line: number; reason: string; codes: string[] }[] };
}

describe(`REC-1: one round per start term, late and early applications, on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const audit = (entityId: string) => graph.databases.employment.dataSource.getRepository(AuditEvent).findBy({ entityId });

  it('REC-1: a second round for a start term that has one is refused without the Director’s reason; with it, stored and audited', async () => {
    // the demo round's BT start, 2027-01-18
    const { secondRoundReason, ...input } = ROUND_INPUT;
    const withoutReason = { ...input, advertDate: '2026-09-07', applicationDeadline: '2026-10-02', interviewDays: ['2026-11-23', '2026-11-24'] };
    const refused = await graph.query(CREATE, { token: graph.tokenFor('atbt-chef'), variables: { input: withoutReason } });
    expectProblems(refused, 'BAD_USER_INPUT', { code: 'ROUND_FOR_START_TERM_EXISTS', rule: 'REC-1', field: 'input.secondRoundReason' });
    expect(refused.errors?.[0].message).toMatch(
      /redan en omgång för BT-starten 2027-01-18 \("BT-rekrytering VT 2027, fler platser" och "BT-rekrytering VT 2027"\); rekrytering sker en gång per år/,
    );

    const blank = await graph.query(CREATE, { token: graph.tokenFor('atbt-chef'), variables: { input: { ...withoutReason, secondRoundReason: '  ' } } });
    expectProblems(blank, 'BAD_USER_INPUT', { code: 'ROUND_FOR_START_TERM_EXISTS', rule: 'REC-1', field: 'input.secondRoundReason' });

    const { createRecruitmentRound } = await call<{ createRecruitmentRound: { id: string; startDate: string; secondRoundReason: string } }>(
      graph,
      'atbt-chef',
      CREATE,
      { input: { ...withoutReason, secondRoundReason: ` ${secondRoundReason} ` } },
    );
    expect(createRecruitmentRound).toMatchObject({ startDate: '2027-01-18', secondRoundReason });
    expect(await audit(createRecruitmentRound.id)).toEqual([
      expect.objectContaining({ action: 'CREATE_SECOND_ROUND', actorUsername: 'atbt-chef', newValue: secondRoundReason }),
    ]);
  });

  it('REC-1: the year’s only round for a start term needs no reason and stores none', async () => {
    const { secondRoundReason: _, ...input } = ROUND_INPUT;
    const next = { ...input, advertDate: '2028-09-04', applicationDeadline: '2028-09-29', interviewDays: ['2028-10-04', '2028-10-05'] };
    const { createRecruitmentRound } = await call<{ createRecruitmentRound: { id: string; startDate: string; secondRoundReason: string | null } }>(
      graph,
      'atbt-chef',
      CREATE,
      { input: next },
    );
    expect(createRecruitmentRound).toMatchObject({ startDate: '2029-01-15', secondRoundReason: null });
    expect(await graph.databases.employment.dataSource.getRepository(RecruitmentRound).findOneBy({ id: createRecruitmentRound.id })).toMatchObject({
      secondRoundReason: null,
    });
  });

  describe('late and early applications', () => {
    let roundId: string;
    let late: string;
    let early: string;
    let onTime: string;

    beforeAll(async () => {
      roundId = await createRound(graph, 'OPEN');
      const [, amira, johan, elin] = SAMPLE_CSV.split('\n');
      // REC-1: Amira's application arrives two days after the deadline (2027-10-01); Johan's is dated in June, months before the advert (2027-09-06)
      const csv = [CSV_HEADER, amira.replace('2027-09-07', '2027-10-03'), johan.replace('2027-09-08', '2027-06-01'), elin].join('\n');
      const result = await call<ImportWarnings>(graph, 'hr-samordnare', IMPORT.replace('errors {', 'warnings { line reason codes } errors {'), {
        roundId,
        csv,
      });
      expect(result.importApplications.created).toBe(3);
      expect(result.importApplications.errors).toEqual([]);
      expect(result.importApplications.warnings).toEqual([
        {
          line: 2,
          reason: expect.stringMatching(/^Ansökan kom in 2027-10-03, efter sista ansökningsdag 2027-10-01\. Den markeras som sen/),
          codes: ['APPLICATION_LATE'],
        },
        {
          line: 3,
          reason: expect.stringMatching(/^Ansökan är daterad 2027-06-01, mer än 30 dagar före annonsen \(2027-09-06\)/),
          codes: ['APPLICATION_DATED_BEFORE_ADVERT'],
        },
      ]);
      const { applicationPage } = await call<{ applicationPage: { items: { id: string; externalId: string; late: boolean }[] } }>(
        graph,
        'hr-samordnare',
        APPLICATIONS,
        { roundId },
      );
      const byNumber = new Map(applicationPage.items.map((item) => [item.externalId, item]));
      expect([...byNumber.values()].map((item) => [item.externalId, item.late]).sort()).toEqual([
        ['OJ-2027-1001', true],
        ['OJ-2027-1002', false],
        ['OJ-2027-1003', false],
      ]);
      [late, early, onTime] = ['OJ-2027-1001', 'OJ-2027-1002', 'OJ-2027-1003'].map((number) => byNumber.get(number)!.id);
    });

    it('REC-1: a late application is kept out of screening until the Director admits it', async () => {
      const refused = await graph.query(RECORD_REQUIREMENT, {
        token: graph.tokenFor('hr-samordnare'),
        variables: { id: late, requirement: 'LICENCE', met: true, evidence: 'HOSP' },
      });
      expectProblems(refused, 'BAD_USER_INPUT', { code: 'APPLICATION_LATE_NOT_ADMITTED', rule: 'REC-1' });
      expect(refused.errors?.[0].message).toMatch(/efter sista ansökningsdag \(2027-10-01\) och är inte med i urvalet/);
      // an early one is only flagged: screening goes on
      await call(graph, 'hr-samordnare', RECORD_REQUIREMENT, { id: early, requirement: 'LICENCE', met: true, evidence: 'HOSP' });
    });

    it('REC-1: HR may not admit; the Director admits with a reason, recorded and audited, once', async () => {
      expectRefused(await graph.query(ADMIT, { token: graph.tokenFor('hr-samordnare'), variables: { applicationId: late, reason: 'Sent' } }), 'FORBIDDEN');
      expectProblems(await graph.query(ADMIT, { token: graph.tokenFor('atbt-chef'), variables: { applicationId: late, reason: ' ' } }), 'BAD_USER_INPUT', {
        code: 'TEXT_REQUIRED',
        field: 'reason',
      });
      const reason = 'Jobbportalen låg nere sista ansökningsdagen.';
      const { admitLateApplication } = await call<{ admitLateApplication: Record<string, unknown> }>(graph, 'atbt-chef', ADMIT, {
        applicationId: late,
        reason,
      });
      expect(admitLateApplication).toMatchObject({
        late: true,
        lateAdmittedAt: expect.any(String),
        lateAdmissionReason: reason,
        lateAdmittedBy: { username: 'atbt-chef' },
      });
      expect(await audit(late)).toContainEqual(expect.objectContaining({ action: 'ADMIT_LATE_APPLICATION', actorUsername: 'atbt-chef', newValue: reason }));
      await call(graph, 'hr-samordnare', RECORD_REQUIREMENT, { id: late, requirement: 'LICENCE', met: true, evidence: 'HOSP' });

      expectProblems(await graph.query(ADMIT, { token: graph.tokenFor('atbt-chef'), variables: { applicationId: late, reason } }), 'BAD_USER_INPUT', {
        code: 'LATE_APPLICATION_ALREADY_ADMITTED',
        rule: 'REC-1',
        field: 'applicationId',
      });
      expectProblems(await graph.query(ADMIT, { token: graph.tokenFor('atbt-chef'), variables: { applicationId: onTime, reason } }), 'BAD_USER_INPUT', {
        code: 'APPLICATION_NOT_LATE',
        rule: 'REC-1',
        field: 'applicationId',
      });
    });
  });
});

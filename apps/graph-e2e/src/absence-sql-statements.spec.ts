import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { statementsPerRequest } from './sql-statement-count';

const ABSENCE = 'id kind label note detailsHidden warnings { code } projection { daysLater } decidingUnit { name } trainee { name }';
const LEDGER = 'serviceLedger { twelveMonthsReachedOn extensionPlanReasons placements { unit { name } absenceDays judgement { acceptable } } }';
type Items = { items: { absences: unknown[]; serviceLedger: { placements: unknown[] } }[] };
const QUERIES: [string, string, string, (data: never) => number][] = [
  [
    'a page of trainees with their absences and service ledgers',
    'atbt-chef',
    `{ traineePage(perPage: 40) { items { id absences { ${ABSENCE} } ${LEDGER} } } }`,
    (data: { traineePage: Items }) => data.traineePage.items.reduce((sum, item) => sum + item.absences.length + item.serviceLedger.placements.length, 0),
  ],
  [
    'the applications waiting for the Director',
    'atbt-chef',
    `{ absenceApplicationPage(perPage: 100) { total items { ${ABSENCE} } } }`,
    (data: { absenceApplicationPage: { total: number } }) => data.absenceApplicationPage.total,
  ],
  [
    'the flagged sick leave',
    'hr-samordnare',
    `{ sickLeaveFlagPage(perPage: 100) { total items { trainee { name } followUp { shortTermPeriods decisions { note } plans { participants } } } } }`,
    (data: { sickLeaveFlagPage: { total: number } }) => data.sickLeaveFlagPage.total,
  ],
];

const APPLY = `mutation ($traineeId: ID!, $input: AbsenceInput!) { applyForAbsence(traineeId: $traineeId, input: $input) { id } }`;
/** Six short sick-leave periods within 12 months (ABS-11's flag), on days the demo's absences leave free. */
const SICK_DAYS = ['2026-02-16', '2026-03-16', '2026-04-13', '2026-05-11', '2026-06-08', '2026-09-07'];

/** Through the graph, as HR: for `count` trainees employed all 2026, a research leave for the Director and six short sick leaves. */
async function addAbsences(graph: TestGraph, count: number): Promise<void> {
  const token = graph.tokenFor('hr-samordnare');
  const trainees = graph.data.trainees.filter((t) => t.employmentStart <= '2026-02-01' && t.employmentEnd >= '2026-12-31').slice(0, count);
  expect(trainees).toHaveLength(count);
  for (const trainee of trainees) {
    const inputs = [
      { kind: 'RESEARCH_LEAVE', startDate: '2026-12-01', endDate: '2026-12-02' },
      ...SICK_DAYS.map((day) => ({ kind: 'SICK_LEAVE', startDate: day, endDate: day })),
    ];
    for (const input of inputs) expect((await graph.query(APPLY, { token, variables: { traineeId: trainee.id, input } })).errors).toBeUndefined();
  }
}

describe(`SQL statements for absence (ABS) on ${testEngine()}`, () => {
  let graphs: TestGraph[] = [];

  beforeAll(async () => {
    graphs = await Promise.all([startTestGraph({ scale: 1 }), startTestGraph({ scale: 10 })]);
    await Promise.all(graphs.map((graph) => graph.readModelsCurrent()));
    await addAbsences(graphs[0], 1);
    await addAbsences(graphs[1], 8);
  });
  afterAll(() => Promise.all(graphs.map((graph) => graph.stop())));

  it.each(QUERIES)('for %s stay the same at scale 1 and 10', async (_, username, query, rows) => {
    const [small, large] = [await statementsPerRequest(graphs[0], query, rows, username), await statementsPerRequest(graphs[1], query, rows, username)];
    expect(small.rows).toBeGreaterThan(0);
    expect(large.rows).toBeGreaterThan(small.rows);
    // Flat: never more at scale 10. (An absence's deciding unit and a placement's unit share the unit
    // loader when their rows arrive in the same tick, so a request can also take one statement fewer.)
    expect(large.statements).toBeLessThanOrEqual(small.statements);
    expect(small.statements).toBeGreaterThan(0);
  });
});

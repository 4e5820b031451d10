import { luhnCheckDigit } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { call, createRound, CSV_HEADER, IMPORT, moveRound, recordRequirements, rubricOf, scoreAndSubmit, seatPanel } from './recruitment-support';

/** `count` valid import rows with numbers `prefix`-1…, half of them wanting Ljungby. */
function generatedCsv(count: number, prefix: string): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const nine = `9${String(i % 10)}0${(i % 9) + 1}1${(i % 9) + 1}${String(100 + i).slice(-3)}`;
    const number = `19${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
    return `${prefix}-${i + 1};Namn${i};Efternamn${i};${number};;;${i % 2 ? 'Ljungby' : 'Växjö'};2027-09-10;${i};0;nej;;;`;
  });
  return [CSV_HEADER, ...rows].join('\n');
}

const APPLICATIONS = `query ($roundId: ID!) { applicationPage(perPage: 100, filter: { roundId: $roundId }) { total items {
  id name personalIdentityNumber state eligible ineligibilityReasons preferredSite { name }
  requirements { requirement met checkedBy { name } } merits { underlakareMonthsSweden }
  myScoresSubmitted myScores { value criterion { name } } aggregate { weightedMean spread perCriterion { criterion { name } mean } }
  round { name applicationCount allowedTransitions panel { person { name } } rubric { name } positions { site { name } count } } } } }`;
const RANKING = 'query ($roundId: ID!) { ranking(roundId: $roundId) { items { rank weightedMean site { name } application { name } } } }';

/** The day the test graph stands still on: after the deadline and the interview days (REC-6: the round may be in interviews). */
const TODAY = '2027-10-12';
describe(`SQL statements per recruitment request on ${testEngine()}`, () => {
  let graph: TestGraph;
  const rounds: string[] = [];

  beforeAll(async () => {
    graph = await startTestGraph({ asOf: TODAY });
    for (const [count, prefix] of [
      [6, 'S'],
      [12, 'L'],
    ] as const) {
      const roundId = await createRound(graph, 'OPEN');
      await call(graph, 'hr-samordnare', IMPORT, { roundId, csv: generatedCsv(count, prefix) });
      const { applicationPage } = await call<{ applicationPage: { items: { id: string }[] } }>(
        graph,
        'hr-samordnare',
        'query ($roundId: ID!) { applicationPage(filter: { roundId: $roundId }) { items { id } } }',
        { roundId },
      );
      for (const { id } of applicationPage.items) await recordRequirements(graph, id);
      await seatPanel(graph, roundId);
      await moveRound(graph, roundId, 'OPEN', 'INTERVIEWS');
      const criteria = await rubricOf(graph, roundId);
      for (const [index, { id }] of applicationPage.items.entries()) await scoreAndSubmit(graph, 'hr-samordnare', id, criteria, [1 + (index % 5), 3, 4, 2]);
      rounds.push(roundId);
    }
  });
  afterAll(() => graph?.stop());

  async function statements(username: string, query: string, roundId: string): Promise<number> {
    await call(graph, username, query, { roundId });
    const before = graph.sqlStatements();
    await call(graph, username, query, { roundId });
    return graph.sqlStatements() - before;
  }

  it.each([
    ['the application list with requirements, scores, aggregates and the round (HR)', 'hr-samordnare', APPLICATIONS],
    ['the application list seen by the Director', 'atbt-chef', APPLICATIONS],
    ['the ranking', 'atbt-chef', RANKING],
  ])('stay the same for twice as many applications: %s', async (_, username, query) => {
    const [small, large] = [await statements(username, query, rounds[0]), await statements(username, query, rounds[1])];
    expect(small).toBeGreaterThan(0);
    // Two batched lookups of people (the panel, and who checked a requirement) fall in the same tick
    // or in two, depending on timing, so the count may differ by one; a lookup per application would
    // add at least six.
    expect(Math.abs(large - small)).toBeLessThanOrEqual(1);
  });
});

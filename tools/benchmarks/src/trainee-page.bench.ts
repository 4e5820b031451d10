import 'reflect-metadata';
import { testEngine } from '@bt/testing';
import { startTestGraph } from '@bt/test-graph';
import { option, percentile } from './bench-options';

/** The dashboard's trainee list as it asks for it: one page with the columns it shows. */
const ITEMS = 'total items { id name monthsServed active site { name } cohort { name } currentPlacement { unit { name } } mainSupervisor { name } }';
const CASES: [string, string][] = [
  ['första sidan', `{ traineePage(perPage: 25) { ${ITEMS} } }`],
  ['sorterad på kull', `{ traineePage(perPage: 25, page: 3, sortField: "cohort", sortOrder: DESC) { ${ITEMS} } }`],
  ['namnsökning', `{ traineePage(perPage: 25, filter: { q: "berg" }) { ${ITEMS} } }`],
  [
    'utan huvudhandledare + placering inom 60 dagar',
    `{ traineePage(perPage: 25, filter: { withoutMainSupervisor: false, placementStartingWithinDays: 60 }) { ${ITEMS} } }`,
  ],
  ['startsidan (siteOverviews)', '{ siteOverviews { site { name } activeTrainees cohorts traineesWithoutMainSupervisor placementsStartingWithin30Days } }'],
];

/**
 * traineePage (and the start page) through the gateway on a large seed (default scale 556: 10 008
 * trainees): SQL statements per request and sequential latency percentiles per case. Everything runs
 * in this one process on loopback; compare runs with each other.
 */
async function main() {
  const scale = option('scale', 556);
  const requests = option('requests', 50);
  const seedStarted = performance.now();
  const graph = await startTestGraph({ scale });
  try {
    const seconds = ((performance.now() - seedStarted) / 1000).toFixed(0);
    console.log(
      `Motor: ${testEngine()}, skala ${scale}: ${graph.data.trainees.length} BT-läkare (databaser och demodata på ${seconds} s), ${requests} anrop per fall`,
    );
    console.log(`${'fall'.padEnd(48)}  träffar  SQL/anrop  p50 ms  p95 ms  max ms`);
    const token = graph.tokenFor('atbt-chef');
    for (const [label, query] of CASES) {
      const first = await graph.query<{ traineePage?: { total: number } }>(query, { token });
      if (first.errors) throw new Error(JSON.stringify(first.errors));
      const before = graph.sqlStatements();
      await graph.query(query, { token });
      const statements = graph.sqlStatements() - before;
      const latencies: number[] = [];
      for (let i = 0; i < requests; i += 1) {
        const t0 = performance.now();
        const response = await graph.query(query, { token });
        if (response.errors) throw new Error(JSON.stringify(response.errors));
        latencies.push(performance.now() - t0);
      }
      latencies.sort((a, b) => a - b);
      const hits = first.data?.traineePage?.total ?? '–';
      console.log(
        [
          label.padEnd(48),
          String(hits).padStart(7),
          String(statements).padStart(9),
          ...[50, 95, 100].map((p) => percentile(latencies, p).toFixed(1).padStart(6)),
        ].join('  '),
      );
    }
  } finally {
    await graph.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

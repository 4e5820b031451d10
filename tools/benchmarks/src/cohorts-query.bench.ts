import 'reflect-metadata';
import { testEngine } from '@bt/testing';
import { startTestGraph } from '@bt/test-graph';
import { option, percentile } from './bench-options';

const QUERY = `{ cohorts { id name site { name } trainees { id name
  placements { unit { name } startDate endDate } goalProgress { goal { code } level } certificates { kind status } } } }`;

/**
 * The foundation query (every cohort, trainees, data from all three subgraphs) through the gateway,
 * for each scale: SQL statements per request, latency percentiles and throughput at a fixed
 * concurrency. Everything runs in this one process on loopback, so absolute figures are lower than
 * with each service in its own process; compare runs with each other.
 */
async function main() {
  const scales = [1, option('scale', 10)];
  const requests = option('requests', 200);
  const concurrency = option('concurrency', 10);
  console.log(`Motor: ${testEngine()}, ${requests} anrop per skala, ${concurrency} samtidiga`);
  console.log('skala  BT-läkare  SQL/anrop  p50 ms  p95 ms  p99 ms  anrop/s');
  for (const scale of scales) {
    const graph = await startTestGraph({ scale });
    try {
      const token = graph.tokenFor('atbt-chef');
      const first = await graph.query<{ cohorts: { trainees: unknown[] }[] }>(QUERY, { token });
      if (first.errors) throw new Error(JSON.stringify(first.errors));
      const trainees = first.data!.cohorts.flatMap((c) => c.trainees).length;
      const before = graph.sqlStatements();
      await graph.query(QUERY, { token });
      const statements = graph.sqlStatements() - before;

      const latencies: number[] = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < requests) {
            next += 1;
            const t0 = performance.now();
            const response = await graph.query(QUERY, { token });
            if (response.errors) throw new Error(JSON.stringify(response.errors));
            latencies.push(performance.now() - t0);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      const row = [scale, trainees, statements, percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99), requests / seconds];
      console.log(row.map((v, i) => (i >= 3 ? v.toFixed(1) : String(v)).padStart(i === 0 ? 5 : 8)).join('  '));
    } finally {
      await graph.stop();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

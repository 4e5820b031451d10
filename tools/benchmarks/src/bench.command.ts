import 'reflect-metadata';
import os from 'node:os';
import type { Engine } from '@bt/database';
import { parseBenchOptions, BENCH_USAGE, type BenchOptions } from './bench-options';
import { seededDatabases } from './bench-databases';
import { startBenchStack } from './bench-stack';
import { benchUsers } from './bench-users';
import { openFloorDatabase } from './floor-database';
import { readModelsCurrent } from './read-models-current';
import { fetchOnce, measure, type MeasureContext } from './measure';
import { ENGINE_LABELS, growthTable, scenarioTable, type SizeResult } from './report';
import { SCENARIOS, type Scenario } from './scenarios';
import { buildServices } from './service-processes';

/** The load average over 1, 5 and 15 minutes: other work on the machine slows every way down. */
function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ');
}

/** The product's answer and the floor's must agree, or the floor does not fetch the same rows. */
async function checkFloor(context: MeasureContext, scenarios: readonly Scenario[]): Promise<string[]> {
  const warnings: string[] = [];
  for (const scenario of scenarios) {
    if (!scenario.check) continue;
    for (const way of ['gateway', 'gateway-js'] as const) {
      const { data } = await fetchOnce(context, scenario, way, context.users[0]);
      const [product, floor] = [scenario.check.product(data!), await scenario.check.floor(context.floor)];
      if (product !== floor) warnings.push(`${scenario.name}: ${way} svarar ${String(product)}, SQL-golvet ${String(floor)}`);
    }
  }
  return warnings;
}

/** The scenarios --scenarios names (all without it); an unknown id is refused with the known ones. */
function chosenScenarios(ids: readonly string[] | null): readonly Scenario[] {
  if (!ids) return SCENARIOS;
  const unknown = ids.filter((id) => !SCENARIOS.some((scenario) => scenario.id === id));
  if (unknown.length) throw new Error(`Okänt scenario ${unknown.join(', ')}; scenarierna är ${SCENARIOS.map((scenario) => scenario.id).join(', ')}.`);
  return SCENARIOS.filter((scenario) => ids.includes(scenario.id));
}

async function measureSize(engine: Engine, scale: number, options: BenchOptions, chosen: readonly Scenario[]): Promise<SizeResult> {
  const databases = await seededDatabases(engine, scale, options.mysqlUrl);
  const trainees = databases.data.trainees.length;
  const scenarios = chosen.filter((scenario) => scenario.applies(trainees, options.overviewMaxTrainees));
  const skipped = chosen.filter((scenario) => !scenarios.includes(scenario)).map((scenario) => scenario.name);
  console.log(
    `\n${ENGINE_LABELS[engine]}, skala ${scale}: ${trainees} BT-läkare, ${databases.data.cohorts.length} kullar (demodata på ${databases.seedSeconds.toFixed(1)} s); ` +
      `${options.users} användare × ${options.requests} anrop per väg och omgång, ${options.rounds} omgångar` +
      (skipped.length ? `; hoppar över ${skipped.join(', ')} (över ${options.overviewMaxTrainees} BT-läkare)` : ''),
  );
  const stack = await startBenchStack(databases.urls);
  const floor = openFloorDatabase(engine, databases.urls, options.users);
  try {
    console.log(`  läsmodellerna ikapp med anställningens och utbildningens ändringsflöden efter ${(await readModelsCurrent(floor, 600_000)).toFixed(1)} s`);
    for (const scenario of scenarios) await scenario.prepare?.(floor);
    const users = await benchUsers(databases.data, stack.auth, stack.gatewayUrl, options.users);
    const context: MeasureContext = { stack, floor, users, requests: options.requests };
    for (const warning of await checkFloor(context, scenarios)) console.log(`  AVVIKER: ${warning}`);
    const results = await measure(context, scenarios, options.rounds, (round) => process.stderr.write(`  omgång ${round}/${options.rounds} klar\n`));
    for (const scenario of scenarios) console.log(scenarioTable(scenario, results.get(scenario)!));
    const failed = [...results.values()].some((ways) => Object.values(ways).some((m) => m.errors > 0));
    if (failed)
      for (const service of Object.values(stack.processes)) console.log(`  ${service.name} skrev sist:\n    ${service.recentOutput().join('\n    ')}`);
    console.log(`  (maskinens last efteråt: ${loadAverage()})`);
    return { scale, trainees, results };
  } finally {
    await floor.close();
    await stack.stop();
    await databases.drop();
  }
}

/**
 * npm run bench: each service in its own process on the production build, one token per simulated
 * user, both engines; per scenario the product through the gateway, the same data straight from the
 * subgraphs, the same rows by hand-written SQL (the floor) and the gateway with the JavaScript planner,
 * in interleaved rounds; then the growth from the smallest to the largest data. README, "Mätning".
 */
async function main() {
  if (process.argv.includes('--help')) return console.log(BENCH_USAGE);
  const options = parseBenchOptions(process.argv.slice(2));
  const chosen = chosenScenarios(options.scenarios);
  const started = performance.now();
  if (options.build) buildServices();
  console.log(
    `Mätning: ${options.engines.map((engine) => ENGINE_LABELS[engine]).join(' och ')}, skalor ${options.scales.join(', ')}, ` +
      `${options.users} användare med var sin token, ${options.rounds} omgångar. Tider i ms per anrop; ×golv = median / SQL-golvets median; ` +
      `CPU ms/anrop per process. ${os.cpus().length} kärnor, last ${loadAverage()}.`,
  );
  for (const engine of options.engines) {
    const sizes: SizeResult[] = [];
    for (const scale of options.scales) sizes.push(await measureSize(engine, scale, options, chosen));
    const growth = growthTable(sizes, chosen);
    if (growth) console.log(`\n${ENGINE_LABELS[engine]}\n${growth}`);
  }
  console.log(`\nKlart på ${((performance.now() - started) / 60_000).toFixed(1)} min.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

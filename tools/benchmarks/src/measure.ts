import type { BenchStack } from './bench-stack';
import type { BenchUser } from './bench-users';
import type { FloorDatabase } from './floor-database';
import { postGraphQL } from './graphql-post';
import { subgraphCall, type Scenario } from './scenarios';
import { SUBGRAPHS, type ServiceName } from './service-processes';
import { median, rotate } from './statistics';

/** The four ways of fetching a scenario's data, side by side. */
export const WAYS = ['gateway', 'subgraphs', 'sql', 'gateway-js'] as const;
export type Way = (typeof WAYS)[number];

export const WAY_LABELS: Record<Way, string> = {
  gateway: 'produkten (gateway)',
  subgraphs: 'direkt mot delgraferna',
  sql: 'handskriven SQL (golvet)',
  'gateway-js': 'gateway, JS-planerare',
};

/** The processes whose CPU is reported, and this benchmark process (client, and the SQL floor's work on SQLite). */
export const CPU_COLUMNS = ['gateway', 'gateway-js', ...SUBGRAPHS, 'bench'] as const;
export type CpuColumn = (typeof CPU_COLUMNS)[number];

export interface Measurement {
  /** Every request's latency in ms. */
  latencies: number[];
  /** The median latency of each round. */
  roundMedians: number[];
  requests: number;
  /** CPU ms spent by each process while this way ran. */
  cpuMs: Record<CpuColumn, number>;
  /** SQL statements sent: by the subgraphs (their own count), or by the floor. */
  statements: number;
  /** Requests that failed (not in the latencies), and the first failure's message. */
  errors: number;
  firstError?: string;
}

export interface MeasureContext {
  stack: BenchStack;
  floor: FloorDatabase;
  users: BenchUser[];
  /** Requests each user sends per scenario, way and round. */
  requests: number;
}

function emptyMeasurement(): Measurement {
  return {
    latencies: [],
    roundMedians: [],
    requests: 0,
    cpuMs: Object.fromEntries(CPU_COLUMNS.map((c) => [c, 0])) as Record<CpuColumn, number>,
    statements: 0,
    errors: 0,
  };
}

/** One request of `scenario` the given way as `user`; the SQL floor returns its statement count. */
export async function fetchOnce(
  context: MeasureContext,
  scenario: Scenario,
  way: Way,
  user: BenchUser,
): Promise<{ statements: number; data?: Record<string, unknown> }> {
  const { stack, floor } = context;
  if (way === 'gateway' || way === 'gateway-js') {
    const url = way === 'gateway' ? stack.gatewayUrl : stack.javascriptGatewayUrl;
    return { statements: 0, data: (await postGraphQL(url, scenario.query, { variables: scenario.variables, headers: user.headers })).data };
  }
  if (way === 'subgraphs') {
    await scenario.direct(subgraphCall(stack.subgraphUrls, user));
    return { statements: 0 };
  }
  return { statements: await scenario.floor(floor) };
}

function cpuNow(stack: BenchStack): Record<CpuColumn, number> {
  const usage = process.cpuUsage();
  const services = Object.fromEntries((Object.keys(stack.processes) as ServiceName[]).map((name) => [name, stack.processes[name].cpuMs()])) as Record<
    ServiceName,
    number
  >;
  return { ...services, bench: (usage.user + usage.system) / 1000 };
}

async function statementsNow(stack: BenchStack): Promise<number> {
  const counts = await Promise.all(SUBGRAPHS.map((name) => stack.processes[name].sqlStatements()));
  return counts.reduce((sum, n) => sum + n, 0);
}

/** All users at once, each sending `requests` requests one after the other; the latencies of them all. */
async function concurrently(
  context: MeasureContext,
  scenario: Scenario,
  way: Way,
  requests: number,
): Promise<{ latencies: number[]; statements: number; errors: string[] }> {
  const latencies: number[] = [];
  const errors: string[] = [];
  let statements = 0;
  await Promise.all(
    context.users.map(async (user) => {
      for (let i = 0; i < requests; i += 1) {
        const started = performance.now();
        try {
          const answer = await fetchOnce(context, scenario, way, user);
          statements += answer.statements;
          latencies.push(performance.now() - started);
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
      }
    }),
  );
  return { latencies, statements, errors };
}

/**
 * Interleaved rounds: in each round every scenario is fetched every way (the order of the ways rotates
 * from round to round), with CPU per process and SQL statements read before and after each way.
 */
export async function measure(
  context: MeasureContext,
  scenarios: readonly Scenario[],
  rounds: number,
  onRound: (round: number) => void = () => {},
): Promise<Map<Scenario, Record<Way, Measurement>>> {
  const results = new Map(
    scenarios.map((scenario) => [scenario, Object.fromEntries(WAYS.map((way) => [way, emptyMeasurement()])) as Record<Way, Measurement>]),
  );
  for (const scenario of scenarios) {
    // warm-up, not counted: JIT, connection pools, the gateway's check of each token's holder
    for (const way of WAYS) await concurrently(context, scenario, way, 1);
  }
  for (let round = 0; round < rounds; round += 1) {
    for (const scenario of scenarios) {
      for (const way of rotate(WAYS, round)) {
        const measurement = results.get(scenario)![way];
        const [cpuBefore, statementsBefore] = [cpuNow(context.stack), await statementsNow(context.stack)];
        const { latencies, statements, errors } = await concurrently(context, scenario, way, context.requests);
        const [cpuAfter, statementsAfter] = [cpuNow(context.stack), await statementsNow(context.stack)];
        for (const column of CPU_COLUMNS) measurement.cpuMs[column] += cpuAfter[column] - cpuBefore[column];
        measurement.statements += way === 'sql' ? statements : statementsAfter - statementsBefore;
        measurement.latencies.push(...latencies);
        measurement.roundMedians.push(median(latencies));
        measurement.requests += latencies.length;
        measurement.errors += errors.length;
        measurement.firstError ??= errors[0];
      }
    }
    onRound(round + 1);
  }
  return results;
}

import type { Engine } from '@bt/database';

export interface BenchOptions {
  /** The engines measured, one after the other: embedded SQLite files and/or MariaDB (MySQL). */
  engines: Engine[];
  /** Data sizes (npm run seed -- --scale N: 18 trainees per unit of scale); the growth is reported from the first to the last. */
  scales: number[];
  /** Simulated users: each its own person and its own token, sending at the same time. */
  users: number;
  /** Interleaved rounds: in each, every scenario is measured every way once, in a rotating order. */
  rounds: number;
  /** Requests each user sends per scenario, way and round. */
  requests: number;
  /** The cohort overview (every cohort with every trainee) is measured only up to this many trainees. */
  overviewMaxTrainees: number;
  /** Where MariaDB runs: a server URL without a database name. */
  mysqlUrl: string;
  /** Build (tsc -b tsconfig.build.json) before starting the services. */
  build: boolean;
  /** The scenarios measured, by id (Scenario.id); none given: all of them. */
  scenarios: string[] | null;
}

export const DEFAULT_BENCH_OPTIONS: Readonly<BenchOptions> = {
  engines: ['sqlite', 'mysql'],
  scales: [1, 10, 100],
  users: 10,
  rounds: 5,
  requests: 1,
  overviewMaxTrainees: 200,
  mysqlUrl: process.env.BT_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306',
  build: true,
  scenarios: null,
};

export const BENCH_USAGE = `Användning: npm run bench [-- --engine sqlite|mysql|both] [-- --scales 1,10,100] [-- --users 10]
  [-- --rounds 5] [-- --requests 1] [-- --overview-max-trainees 200] [-- --scenarios start-page,trainee-list] [-- --mysql-url mysql://root@127.0.0.1:3306] [-- --no-build]
Nationell datamängd (20 016 BT-läkare): npm run bench -- --engine mysql --scales 1,1112`;

function positiveInteger(name: string, value: string | undefined): number {
  const number = Number(value);
  if (value === undefined || !Number.isInteger(number) || number < 1)
    throw new Error(`--${name} ska vara ett positivt heltal, inte "${value ?? ''}".\n${BENCH_USAGE}`);
  return number;
}

/** The benchmark's command line: `--name value` pairs and `--no-build`; anything unknown is refused with the usage. */
export function parseBenchOptions(args: readonly string[], defaults: Readonly<BenchOptions> = DEFAULT_BENCH_OPTIONS): BenchOptions {
  const options: BenchOptions = {
    ...defaults,
    engines: [...defaults.engines],
    scales: [...defaults.scales],
    scenarios: defaults.scenarios && [...defaults.scenarios],
  };
  for (let i = 0; i < args.length; i += 1) {
    const name = args[i];
    if (name === '--no-build') {
      options.build = false;
      continue;
    }
    const value = args[i + 1];
    i += 1;
    if (name === '--engine') {
      if (value === 'both') options.engines = ['sqlite', 'mysql'];
      else if (value === 'sqlite' || value === 'mysql') options.engines = [value];
      else throw new Error(`--engine ska vara sqlite, mysql eller both, inte "${value ?? ''}".\n${BENCH_USAGE}`);
    } else if (name === '--scales' || name === '--scale') {
      options.scales = (value ?? '').split(',').map((scale) => positiveInteger('scales', scale.trim()));
    } else if (name === '--users') options.users = positiveInteger('users', value);
    else if (name === '--rounds') options.rounds = positiveInteger('rounds', value);
    else if (name === '--requests') options.requests = positiveInteger('requests', value);
    else if (name === '--overview-max-trainees') options.overviewMaxTrainees = positiveInteger('overview-max-trainees', value);
    else if (name === '--scenarios') {
      const ids = (value ?? '').split(',').map((id) => id.trim());
      if (ids.some((id) => !id)) throw new Error(`--scenarios ska vara scenariernas namn med komma emellan, inte "${value ?? ''}".\n${BENCH_USAGE}`);
      options.scenarios = ids;
    } else if (name === '--mysql-url') {
      if (!value) throw new Error(`--mysql-url saknar värde.\n${BENCH_USAGE}`);
      options.mysqlUrl = value.replace(/\/$/, '');
    } else throw new Error(`Okänt argument "${name}".\n${BENCH_USAGE}`);
  }
  return options;
}

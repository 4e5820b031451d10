import { DEFAULT_BENCH_OPTIONS, parseBenchOptions } from './bench-options';

describe('the benchmark command line', () => {
  it('without arguments: both engines, 1×, 10× and 100× data, 10 users, 5 rounds', () => {
    expect(parseBenchOptions([])).toEqual(DEFAULT_BENCH_OPTIONS);
    expect(DEFAULT_BENCH_OPTIONS).toMatchObject({ engines: ['sqlite', 'mysql'], scales: [1, 10, 100], users: 10, rounds: 5 });
  });

  it('reads engine, scales, users, rounds, requests, the overview cap, the MariaDB server, the scenarios and --no-build', () => {
    const options = parseBenchOptions([
      '--engine',
      'mysql',
      '--scales',
      '1, 1112',
      '--users',
      '20',
      '--rounds',
      '3',
      '--requests',
      '4',
      '--overview-max-trainees',
      '500',
      '--mysql-url',
      'mysql://bench@db:3306/',
      '--scenarios',
      'start-page, trainee-list',
      '--no-build',
    ]);
    expect(options).toEqual({
      engines: ['mysql'],
      scales: [1, 1112],
      users: 20,
      rounds: 3,
      requests: 4,
      overviewMaxTrainees: 500,
      mysqlUrl: 'mysql://bench@db:3306',
      build: false,
      scenarios: ['start-page', 'trainee-list'],
    });
    expect(parseBenchOptions(['--engine', 'both']).engines).toEqual(['sqlite', 'mysql']);
  });

  it('refuses what it does not understand, with the usage', () => {
    expect(() => parseBenchOptions(['--engine', 'postgres'])).toThrow(/--engine ska vara sqlite, mysql eller both/);
    expect(() => parseBenchOptions(['--users', '0'])).toThrow(/--users ska vara ett positivt heltal, inte "0"/);
    expect(() => parseBenchOptions(['--scales', '1,x'])).toThrow(/--scales ska vara ett positivt heltal/);
    expect(() => parseBenchOptions(['--rounds'])).toThrow(/--rounds ska vara ett positivt heltal, inte ""/);
    expect(() => parseBenchOptions(['--scenarios', 'start-page,'])).toThrow(/--scenarios ska vara scenariernas namn/);
    expect(() => parseBenchOptions(['--fast'])).toThrow(/Okänt argument "--fast".\nAnvändning: npm run bench/);
  });
});

import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Role } from '@bt/auth';
import { dropMysqlDatabase, insertRows, openDatabase, type Database, type Engine } from '@bt/database';
import { yearMonth } from '@bt/domain';
import { Cohort, employmentDatabase, ExtraHoursMonth, extraHoursFlagPage, flagQuarter, Person, Site, Trainee, Unit } from '@bt/employment';
import { systemActor } from '@bt/jobs';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { buildSeedData } from '@bt/seed';
import { SortOrder } from '@bt/subgraph';

const USAGE = `Användning: npm run bench:extra-hours -- [--engine sqlite|mysql] [--scale N]
ABS-6: kvartalsavstämningen av extra timmar (samma tjänst som jobbet extra-hours-quarter-check) för alla
BT-läkare i demodatan vid skalan (1112: 20 016 BT-läkare) med tolv månaders timmar för 2026 var: tid och
SQL-satser per kvartal, en andra körning (idempotent: inga nya flaggor) och AT/BT-chefens första sida.`;

const YEAR = 2026;
/** The day the check runs: after the year, so every quarter has ended. */
const TODAY = '2027-01-04';

function parse(args: string[]): { engine: Engine; scale: number; mysqlUrl: string } {
  const options = { engine: 'sqlite' as Engine, scale: 1112, mysqlUrl: process.env.BT_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306' };
  for (let i = 0; i < args.length; i += 2) {
    if (args[i] === '--engine' && (args[i + 1] === 'sqlite' || args[i + 1] === 'mysql')) options.engine = args[i + 1] as Engine;
    else if (args[i] === '--scale' && Number.isInteger(Number(args[i + 1])) && Number(args[i + 1]) > 0) options.scale = Number(args[i + 1]);
    else throw new Error(`Okänt argument "${args[i]} ${args[i + 1] ?? ''}".\n${USAGE}`);
  }
  return options;
}

/** A deterministic figure a month (0–26 h in quarter hours, about a fifth of the trainees over 60 h a quarter). */
function minutesFor(traineeIndex: number, month: number): number {
  const x = Math.imul(traineeIndex + 1, 2_654_435_761) ^ Math.imul(month, 40_503);
  return ((x >>> 0) % (26 * 4 + 1)) * 15;
}

async function timed<T>(database: Database, work: () => Promise<T>): Promise<{ result: T; ms: number; statements: number }> {
  const before = database.logger.statements;
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started, statements: database.logger.statements - before };
}

async function main() {
  if (process.argv.includes('--help')) return console.log(USAGE);
  const options = parse(process.argv.slice(2));
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'bt-bench-extra-hours-'));
  const url = options.engine === 'sqlite' ? `sqlite:${path.join(directory, 'employment.sqlite')}` : `${options.mysqlUrl}/bt_bench_extra_hours_${process.pid}`;
  if (options.engine === 'mysql') await dropMysqlDatabase(url);
  const database = await openDatabase(employmentDatabase, { url });
  try {
    const data = buildSeedData({ scale: options.scale });
    const months = data.trainees.flatMap((trainee, index) =>
      Array.from({ length: 12 }, (_, m) =>
        Object.assign(new ExtraHoursMonth(), {
          id: `${trainee.id.slice(0, 28)}${String(m + 1).padStart(8, '0')}`,
          traineeId: trainee.id,
          month: yearMonth(YEAR, m + 1),
          minutes: minutesFor(index, m + 1),
          recordedById: 'bench',
          recordedAt: new Date(`${TODAY}T08:00:00Z`),
        }),
      ),
    );
    const loadStarted = performance.now();
    await database.dataSource.transaction(async (manager) => {
      // in chunks and without reading back versions (SQLite's expression depth), as the seed loads them
      const load = async (entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]) => {
        for (let i = 0; i < rows.length; i += 500) {
          await manager
            .createQueryBuilder()
            .insert()
            .into(entity)
            .values(rows.slice(i, i + 500))
            .updateEntity(false)
            .execute();
        }
      };
      await load(Site, data.sites);
      await load(Person, data.people);
      await load(Unit, data.units);
      await load(Cohort, data.cohorts);
      await load(Trainee, data.trainees);
      await insertRows(manager, ExtraHoursMonth, months);
    });
    console.log(
      `${options.engine === 'sqlite' ? 'SQLite' : 'MariaDB'}, skala ${options.scale}: ${data.trainees.length} BT-läkare, ${months.length} månader med extra timmar ` +
        `(laddade på ${((performance.now() - loadStarted) / 1000).toFixed(1)} s)`,
    );
    const actor = systemActor(TODAY);
    console.log('| körning | över gränserna | nyflaggade | tid (ms) | SQL-satser |\n| --- | ---: | ---: | ---: | ---: |');
    for (const quarter of [1, 2, 3, 4]) {
      const { result, ms, statements } = await timed(database, () => flagQuarter(database.dataSource, actor, { year: YEAR, quarter }));
      console.log(`| K${quarter} ${YEAR} | ${result.over} | ${result.added} | ${ms.toFixed(0)} | ${statements} |`);
    }
    const again = await timed(database, () => flagQuarter(database.dataSource, actor, { year: YEAR, quarter: 4 }));
    console.log(`| K4 ${YEAR} igen | ${again.result.over} | ${again.result.added} | ${again.ms.toFixed(0)} | ${again.statements} |`);
    const director = { viewer: { id: 'bench', username: 'bench', name: 'AT/BT-chef', roles: [Role.DIRECTOR] }, today: TODAY };
    const page = await timed(database, () =>
      extraHoursFlagPage(database.dataSource, director, { year: YEAR, quarter: 4, page: 1, perPage: 100, sortOrder: SortOrder.ASC, siteId: null }),
    );
    console.log(`AT/BT-chefens lista K4 ${YEAR}, första sidan om 100 av ${page.result.total}: ${page.ms.toFixed(0)} ms, ${page.statements} SQL-satser`);
  } finally {
    await database.close();
    if (options.engine === 'mysql') await dropMysqlDatabase(url);
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

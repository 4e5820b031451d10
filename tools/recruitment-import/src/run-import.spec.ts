import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '@bt/database';
import { employmentDatabase, Site, RecruitmentRound, Application } from '@bt/employment';
import { RecruitmentRoundState, SiteCode } from '@bt/domain';
import { fixedClock } from '@bt/subgraph';
import { testDatabaseUrl, testEngine, type TestDatabaseUrl } from '@bt/testing';
import { parseImportArguments } from './import-arguments';
import { runImport } from './run-import';

const SAMPLE = path.resolve(__dirname, '../sample/ansokningar.csv');

describe('import arguments', () => {
  it('take the round and one file in any order, and refuse anything else with the usage', () => {
    expect(parseImportArguments(['--round', 'r1', 'a.csv'])).toEqual({ roundId: 'r1', file: 'a.csv' });
    expect(parseImportArguments(['a.csv', '--round', 'r1'])).toEqual({ roundId: 'r1', file: 'a.csv' });
    expect(() => parseImportArguments(['a.csv'])).toThrow(/--round/);
    expect(() => parseImportArguments(['--round', 'r1'])).toThrow(/CSV-fil/);
    expect(() => parseImportArguments(['--round', 'r1', '--force', 'a.csv'])).toThrow(/Okänt argument "--force"[\s\S]*Användning/);
  });
});

describe(`the import command on ${testEngine()}`, () => {
  let target: TestDatabaseUrl;
  let database: Database;
  const roundId = 'round-vt-2028';
  const lines: string[] = [];
  const progress: string[] = [];
  const output = {
    out: (line: string) => lines.push(line),
    err: { isTTY: false, write: (text: string) => progress.push(text) > 0 } as unknown as NodeJS.WriteStream,
  };
  const run = (file: string) => runImport(database.dataSource, { roundId, file }, fixedClock('2026-11-22'), output);

  beforeAll(async () => {
    target = testDatabaseUrl('employment');
    database = await openDatabase(employmentDatabase, { url: target.url });
    await database.dataSource.getRepository(Site).insert([
      { id: 'vaxjo', code: SiteCode.VAXJO, name: 'Växjö' },
      { id: 'ljungby', code: SiteCode.LJUNGBY, name: 'Ljungby' },
    ]);
    await database.dataSource.getRepository(RecruitmentRound).insert({
      id: roundId,
      name: 'BT-rekrytering VT 2028',
      state: RecruitmentRoundState.OPEN,
      advertDate: '2027-09-06',
      applicationDeadline: '2027-10-01',
      interviewDays: ['2027-10-06', '2027-10-07'],
      startDate: '2028-01-17',
    });
  });
  afterAll(async () => {
    await database?.close();
    await target?.drop();
  });
  beforeEach(() => {
    lines.length = 0;
    progress.length = 0;
  });

  it('imports the sample file with a progress bar, and again without duplicates; exit code 0', async () => {
    expect(await run(SAMPLE)).toBe(0);
    expect(lines).toEqual(['Klart: 12 nya, 0 oförändrade, 0 rader med fel.']);
    expect(progress.at(-1)).toBe('Ansökningar: 100% (12/12)\n');
    expect(await run(SAMPLE)).toBe(0);
    expect(lines.at(-1)).toBe('Klart: 0 nya, 12 oförändrade, 0 rader med fel.');
    expect(await database.dataSource.getRepository(Application).countBy({ roundId })).toBe(12);
  });

  it('prints each failing row with its line and exits with 1; the valid rows are saved', async () => {
    const [header] = fs.readFileSync(SAMPLE, 'utf8').split('\n');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bt-import-')), 'fel.csv');
    fs.writeFileSync(
      file,
      [header, 'OJ-2027-2001;Nora;Berg;19980303-8026;;;Ljungby;2027-09-12;;;;;;', 'OJ-2027-2002;;Ek;19121212-1213;;;Växjö;2027-09-12;;;;;;'].join('\n'),
    );
    expect(await run(file)).toBe(1);
    expect(lines).toEqual([
      'Klart: 1 nya, 0 oförändrade, 1 rader med fel.',
      'Rad 3: Förnamnet (förnamn) får inte vara tomt. Personnumrets kontrollsiffra stämmer inte.',
    ]);
    expect(await database.dataSource.getRepository(Application).findOneBy({ roundId, externalId: 'OJ-2027-2001' })).toMatchObject({ givenName: 'Nora' });
  });

  it('REC-1: prints a saved late row as one to check, exit code 0', async () => {
    const [header] = fs.readFileSync(SAMPLE, 'utf8').split('\n');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bt-import-')), 'sen.csv');
    fs.writeFileSync(file, [header, 'OJ-2027-2003;Nils;Ek;19121212-1212;;;Växjö;2027-10-04;;;;;;'].join('\n'));
    expect(await run(file)).toBe(0);
    expect(lines).toEqual([
      'Klart: 1 nya, 0 oförändrade, 0 rader med fel.',
      expect.stringMatching(/^Rad 2 \(sparad, kontrollera\): Ansökan kom in 2027-10-04, efter sista ansökningsdag 2027-10-01\./),
    ]);
  });

  it('REC-1: reads an Excel export in Windows-1252 with the names right, and refuses a workbook saying what to do', async () => {
    const [header] = fs.readFileSync(SAMPLE, 'utf8').split('\n');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bt-import-'));
    const file = path.join(folder, 'excel.csv');
    fs.writeFileSync(file, Buffer.from([header, 'OJ-2027-2004;Åke;Öström;19800101-1231;;;Växjö;2027-09-12;;;;;;'].join('\r\n'), 'latin1'));
    expect(await run(file)).toBe(0);
    expect(await database.dataSource.getRepository(Application).findOneBy({ roundId, externalId: 'OJ-2027-2004' })).toMatchObject({
      givenName: 'Åke',
      familyName: 'Öström',
    });
    const workbook = path.join(folder, 'ansokningar.xlsx');
    fs.writeFileSync(workbook, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    await expect(run(workbook)).rejects.toThrow(/ansokningar\.xlsx: Filen är en Excel-arbetsbok \(\.xlsx\), inte en CSV-fil/);
  });

  it('stops with a readable message for a missing file or round', async () => {
    await expect(run('/no/such/file.csv')).rejects.toThrow(/Kunde inte läsa \/no\/such\/file.csv/);
    await expect(runImport(database.dataSource, { roundId: 'none', file: SAMPLE }, fixedClock('2026-11-22'), output)).rejects.toThrow(
      /Rekryteringsomgången finns inte \(id "none"\)/,
    );
  });
});

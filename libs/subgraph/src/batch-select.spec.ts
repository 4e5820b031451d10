import 'reflect-metadata';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { openDatabase, type Database } from '@bt/database';
import { testDatabaseUrl, type TestDatabaseUrl } from '@bt/testing';
import { batchSelect, MAX_KEYS_PER_STATEMENT } from './batch-select';

@Entity('probe_row')
class ProbeRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  ownerId: string;

  @Column({ type: 'int' })
  level: number;

  @Column({ type: 'boolean' })
  done: boolean;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'datetime', precision: 3 })
  setAt: Date;

  @Column({ type: 'varchar', length: 100, nullable: true })
  label: string | null;

  @Column({ type: 'text', nullable: true, select: false })
  note?: string | null;
}

describe('batchSelect (the DataLoaders’ statement, on the engine under test)', () => {
  let url: TestDatabaseUrl;
  let database: Database;

  beforeAll(async () => {
    url = testDatabaseUrl('batch_select');
    database = await openDatabase({ subgraph: 'probe', entities: [ProbeRow], migrations: [] }, { url: url.url });
    await database.dataSource.synchronize();
    const rows = [
      { id: 'a1', ownerId: 'a', level: 3, done: true, startDate: '2028-02-29', setAt: new Date('2027-01-02T03:04:05.678Z'), label: 'Åsa', note: 'lång text' },
      { id: 'a2', ownerId: 'a', level: 0, done: false, startDate: '2027-01-01', setAt: new Date('2027-06-01T00:00:00.000Z'), label: null, note: null },
      { id: 'b1', ownerId: 'b', level: 5, done: false, startDate: '2026-12-31', setAt: new Date('2026-12-31T23:59:59.999Z'), label: 'Öberg', note: 'annan' },
    ];
    await database.dataSource.getRepository(ProbeRow).insert(rows);
  });

  afterAll(async () => {
    await database?.close();
    await url?.drop();
  });

  it('hydrates every column exactly as Repository.find does (numbers, booleans, dates, nulls), leaving out select: false columns', async () => {
    const select = batchSelect(database.dataSource, ProbeRow, 'ownerId', { order: { startDate: 'ASC' } });
    const found = await database.dataSource.getRepository(ProbeRow).find({ where: [{ ownerId: 'a' }, { ownerId: 'b' }], order: { startDate: 'ASC' } });
    const selected = await select(['a', 'b']);
    expect(selected).toEqual(found);
    expect(selected.map((row) => row.id)).toEqual(['b1', 'a2', 'a1']);
    expect(selected[0]).toBeInstanceOf(ProbeRow);
    expect(selected[2].setAt).toEqual(new Date('2027-01-02T03:04:05.678Z'));
    expect(selected[2].done).toBe(true);
    expect(selected.map((row) => row.note)).toEqual([undefined, undefined, undefined]);
  });

  it('reads only the columns asked for (with the key), e.g. a long text left out of the usual reads', async () => {
    const notes = await batchSelect(database.dataSource, ProbeRow, 'id', { select: { note: true } })(['a1', 'b1', 'missing']);
    expect(notes.sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      Object.assign(new ProbeRow(), { id: 'a1', note: 'lång text' }),
      Object.assign(new ProbeRow(), { id: 'b1', note: 'annan' }),
    ]);
  });

  it('answers no keys without a statement, and more keys than one statement may bind in several', async () => {
    const select = batchSelect(database.dataSource, ProbeRow, 'ownerId');
    expect(await select([])).toEqual([]);
    const keys = Array.from({ length: MAX_KEYS_PER_STATEMENT * 2 + 5 }, (_, index) => `k${index}`).concat(['a']);
    expect((await select(keys)).map((row) => row.id).sort()).toEqual(['a1', 'a2']);
  });
});

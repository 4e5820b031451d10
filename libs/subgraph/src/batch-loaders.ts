import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, FindOptionsOrder, FindOptionsSelect, ObjectLiteral } from 'typeorm';
import { batchSelect } from './batch-select';

/**
 * Per-request DataLoaders over TypeORM: each turns all the keys asked for in one tick into a single
 * `WHERE column IN (…)` statement, so the SQL count of a request does not grow with its rows.
 */
export function loadOneBy<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  /** Only these columns (with `column`), e.g. a long text left out of the entity's usual reads (`select: false`). */
  select?: FindOptionsSelect<T>,
): DataLoader<string, T | undefined> {
  const rowsFor = batchSelect(dataSource, entity, column, { select });
  return new DataLoader<string, T | undefined>(async (keys) => {
    const rows = await rowsFor(keys);
    const byKey = new Map(rows.map((row) => [String(row[column]), row]));
    return keys.map((key) => byKey.get(key));
  });
}

export function loadManyBy<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  order?: FindOptionsOrder<T>,
  /** Completes the batch's rows before they are handed out, e.g. attaches a related row loaded for all of them at once, so a field can answer without a promise per row. */
  complete?: (rows: T[]) => Promise<void>,
): DataLoader<string, T[]> {
  const rowsFor = batchSelect(dataSource, entity, column, { order });
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await rowsFor(keys);
    await complete?.(rows);
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(String(row[column]))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Per key, how many rows have it in `column`: one `GROUP BY` statement for all the keys asked for in one tick. */
export function countBy<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, column: keyof T & string): DataLoader<string, number> {
  return new DataLoader<string, number>(async (keys) => {
    const rows: { key: unknown; count: string | number }[] = await dataSource
      .getRepository(entity)
      .createQueryBuilder('row')
      .select(`row.${column}`, 'key')
      .addSelect('COUNT(*)', 'count')
      .where(`row.${column} IN (:...keys)`, { keys: [...keys] })
      .groupBy(`row.${column}`)
      .getRawMany();
    const counts = new Map(rows.map((row) => [String(row.key), Number(row.count)]));
    return keys.map((key) => counts.get(key) ?? 0);
  });
}

import type { DataSource, EntityTarget, FindOptionsOrder, FindOptionsSelect, ObjectLiteral } from 'typeorm';

/** The largest key list one statement binds: below SQLite's 32 766 variables, so a batch never fails as "too many SQL variables". */
export const MAX_KEYS_PER_STATEMENT = 10_000;

/**
 * `SELECT <columns> FROM <table> WHERE <column> IN (…) [ORDER BY …]` for a flat entity (no relations,
 * embeddeds or transformers), with its SQL built once per loader and its rows hydrated straight from the entity's
 * column metadata. What `Repository.find` does per call (building the query, aliasing every column,
 * transforming the raw rows through its alias map) costs more than the statement itself for the lists
 * a request loads in bulk; this keeps the types (dates, booleans, numbers) exactly as TypeORM
 * hydrates them, through the driver's own `prepareHydratedValue`.
 */
export function batchSelect<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  keyColumn: keyof T & string,
  options: { select?: FindOptionsSelect<T>; order?: FindOptionsOrder<T> } = {},
): (keys: readonly string[]) => Promise<T[]> {
  let compiled: ((keys: readonly string[]) => Promise<T[]>) | undefined;
  return (keys) => {
    compiled ??= compile(dataSource, entity, keyColumn, options);
    return compiled(keys);
  };
}

function compile<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  keyColumn: keyof T & string,
  { select, order }: { select?: FindOptionsSelect<T>; order?: FindOptionsOrder<T> },
): (keys: readonly string[]) => Promise<T[]> {
  const metadata = dataSource.getMetadata(entity);
  if (metadata.relations.length > 0 || metadata.embeddeds.length > 0 || metadata.columns.some((column) => column.transformer)) {
    throw new Error(`batchSelect: ${metadata.name} har relationer, inbäddade kolumner eller transformatorer; använd Repository.find.`);
  }
  const { driver } = dataSource;
  const selected = (select as Record<string, unknown> | undefined) ?? undefined;
  const columns = metadata.columns.filter((column) =>
    selected ? selected[column.propertyName] === true || column.propertyName === keyColumn : column.isSelect,
  );
  const key = metadata.findColumnWithPropertyName(keyColumn);
  if (!key) throw new Error(`batchSelect: ${metadata.name} har ingen kolumn ${keyColumn}.`);
  const orderBy = Object.entries((order ?? {}) as Record<string, string>).map(([property, direction]) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`batchSelect: ${metadata.name} har ingen kolumn ${property}.`);
    return `${driver.escape(column.databaseName)} ${direction.toUpperCase() === 'DESC' ? 'DESC' : 'ASC'}`;
  });
  const head =
    `SELECT ${columns.map((column) => driver.escape(column.databaseName)).join(', ')} ` +
    `FROM ${metadata.tablePath
      .split('.')
      .map((part) => driver.escape(part))
      .join('.')} WHERE ${driver.escape(key.databaseName)} IN (`;
  const tail = `)${orderBy.length > 0 ? ` ORDER BY ${orderBy.join(', ')}` : ''}`;

  const hydrate = (raw: Record<string, unknown>): T => {
    const row = metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const column of columns) column.setEntityValue(row, driver.prepareHydratedValue(raw[column.databaseName], column));
    return row;
  };
  const run = async (keys: readonly string[]): Promise<T[]> => {
    const raws: Record<string, unknown>[] = await dataSource.query(`${head}${keys.map(() => '?').join(', ')}${tail}`, [...keys]);
    return raws.map(hydrate);
  };
  return async (keys) => {
    if (keys.length === 0) return [];
    if (keys.length <= MAX_KEYS_PER_STATEMENT) return run(keys);
    // more keys than one statement may bind: in chunks; a key's rows all come from one chunk, so each key keeps its order
    const rows: T[] = [];
    for (let start = 0; start < keys.length; start += MAX_KEYS_PER_STATEMENT) rows.push(...(await run(keys.slice(start, start + MAX_KEYS_PER_STATEMENT))));
    return rows;
  };
}

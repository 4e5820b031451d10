import type { DataSource, EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';

/** Bound values per INSERT, under SQLite's 32 766 and MySQL's 65 535: the rows per statement follow the table's width. */
export const MAX_VALUES_PER_STATEMENT = 30_000;

/**
 * `INSERT OR IGNORE` (SQLite) / `INSERT IGNORE` (MySQL, MariaDB) of many rows of one entity, written
 * directly rather than through TypeORM's query builder, whose cost per bound value grows with the
 * number of values in the statement. Values are converted for the column as TypeORM would (dates,
 * JSON, arrays); a version column left out starts at 1, as TypeORM inserts it; generated ids are left out.
 */
export async function insertIgnore(manager: EntityManager, metadata: EntityMetadata, rows: readonly ObjectLiteral[]): Promise<void> {
  const driver = manager.connection.driver;
  const columns = metadata.columns.filter((column) => !(column.isGenerated && column.generationStrategy === 'increment'));
  const values: unknown[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const value = column.getEntityValue(row);
      values.push(value === undefined ? (column.isVersion ? 1 : null) : driver.preparePersistentValue(value, column));
    }
  }
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const verb = isSqlite(manager.connection) ? 'INSERT OR IGNORE INTO' : 'INSERT IGNORE INTO';
  const sql = `${verb} ${driver.escape(metadata.tableName)} (${columns.map((column) => driver.escape(column.databaseName)).join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`;
  await manager.query(sql, values);
}

/** How many rows of `metadata` fit in one statement. */
export function rowsPerStatement(metadata: EntityMetadata): number {
  return Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / metadata.columns.length));
}

function isSqlite(dataSource: DataSource): boolean {
  return dataSource.options.type === 'better-sqlite3';
}

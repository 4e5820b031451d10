import type { EntityManager, ObjectLiteral } from 'typeorm';

/** Bound variables per INSERT: under SQLite's 32 766 (and MariaDB's 65 535), with room to spare. */
const MAX_VARIABLES = 30_000;

/**
 * Inserts `rows` of `entity` with as few statements as the engines allow: as many rows per INSERT as
 * keep its bound variables (rows × columns) under SQLite's limit, so the number of statements grows
 * only with the rows, a thousand and more at a time, never per row.
 */
export async function insertRows<T extends ObjectLiteral>(manager: EntityManager, entity: new () => T, rows: readonly T[]): Promise<void> {
  const perInsert = Math.max(1, Math.floor(MAX_VARIABLES / manager.connection.getMetadata(entity).columns.length));
  for (let i = 0; i < rows.length; i += perInsert) await manager.insert(entity, rows.slice(i, i + perInsert) as never);
}

import { In, type EntityManager, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';

/** Values per `IN (…)` list of a batched read: far under both engines' limits on bound variables. */
const IN_LIST = 500;

/**
 * Rows of `entity` whose `column` is one of `values` (duplicates dropped), read IN_LIST values a statement:
 * an import's lookups by key grow in statements only with hundreds of rows at a time, never per row.
 */
export async function findIn<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => T,
  column: keyof T & string,
  values: readonly string[],
): Promise<T[]> {
  const unique = [...new Set(values)];
  const found: T[] = [];
  for (let i = 0; i < unique.length; i += IN_LIST) {
    found.push(...(await manager.findBy(entity, { [column]: In(unique.slice(i, i + IN_LIST)) } as FindOptionsWhere<T>)));
  }
  return found;
}

import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SWEDISH_SORT_KEY_FUNCTION } from '@bt/database';

/** Escape character for LIKE patterns: the same on MySQL and SQLite (a backslash is not). */
const ESCAPE = '!';

/** A case-folded LIKE pattern for "contains `text`", with the text's own wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text
    .trim()
    .toLowerCase()
    .replace(/[!%_]/g, (character) => `${ESCAPE}${character}`)}%`;
}

function isMysql(query: SelectQueryBuilder<ObjectLiteral>): boolean {
  return query.connection.driver.options.type === 'mysql';
}

/**
 * A text column as Swedish users compare and sort it, case-insensitively with å, ä, ö after z: on
 * MySQL/MariaDB in Swedish collation; on SQLite lower-cased (by a Unicode-aware lower(), registered
 * when the database opens) and compared by code point, which puts ä before å.
 */
export function swedishText(query: SelectQueryBuilder<ObjectLiteral>, column: string): string {
  return isMysql(query) ? `${column} COLLATE utf8mb4_swedish_ci` : `LOWER(${column})`;
}

/**
 * A text column to ORDER BY the Swedish way (å, ä, ö after z, case-insensitively): on MySQL/MariaDB in
 * Swedish collation, on SQLite by swedish_sort_key() (registered when the database opens). A column
 * stored in Swedish collation (`swedishColumn`) is ordered as it is on MySQL/MariaDB, so that an index
 * on it serves the order (a COLLATE clause would hide it); on SQLite an index on swedish_sort_key(column) does.
 */
export function swedishSort(query: SelectQueryBuilder<ObjectLiteral>, column: string, swedishColumn = false): string {
  if (isMysql(query)) return swedishColumn ? column : `${column} COLLATE utf8mb4_swedish_ci`;
  return `${SWEDISH_SORT_KEY_FUNCTION}(${column})`;
}

/**
 * Rows where every word of `text` is contained in one of `columns`, compared as swedishText (so "åberg"
 * finds Åberg but not Aberg), e.g. "ida ols" finds Ida Olsson by given and family name. Blank text
 * filters nothing.
 */
export function whereContains<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, columns: string[], text: string | null | undefined, param: string): void {
  const words = (text ?? '').trim().split(/\s+/).filter(Boolean);
  words.forEach((word, index) => {
    const name = `${param}${index}`;
    const matches = columns.map((column) => `${swedishText(query, column)} LIKE :${name} ESCAPE '${ESCAPE}'`);
    query.andWhere(`(${matches.join(' OR ')})`, { [name]: containsPattern(word) });
  });
}

/** Rows whose comma-separated list `column` (TypeORM's simple-array) has `value` as one element. */
export function whereListHas<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, value: string | null | undefined, param: string): void {
  if (value == null) return;
  query.andWhere(`CONCAT(',', ${column}, ',') LIKE :${param} ESCAPE '${ESCAPE}'`, { [param]: containsPattern(`,${value},`) });
}

/** Rows whose `column` is (or with `negate`, is not) one of `ids`; no list filters nothing, an empty list all or none. */
export function whereIn<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  ids: readonly string[] | null | undefined,
  param: string,
  negate = false,
): void {
  if (ids == null) return;
  if (ids.length === 0) {
    if (!negate) query.andWhere('1 = 0');
    return;
  }
  query.andWhere(`${column} ${negate ? 'NOT IN' : 'IN'} (:...${param})`, { [param]: ids });
}

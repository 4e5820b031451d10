/** The SQLite function that gives swedishSortKey: ORDER BY swedish_sort_key(column), and indexes on it. */
export const SWEDISH_SORT_KEY_FUNCTION = 'swedish_sort_key';

/** å, ä, ö (and æ, ø as ä, ö) come after z, in that order; ü sorts as y. The replacements follow 'z' in code points. */
const SWEDISH_LETTERS: Record<string, string> = { å: '{', ä: '|', æ: '|', ö: '}', ø: '}', ü: 'y' };

/**
 * A key whose plain (binary) order is the Swedish order of `text`, case- and accent-insensitively as
 * MariaDB's utf8mb4_swedish_ci compares: Andersson, Zetterlund, Åberg, Ödman; é as e. SQLite (through
 * better-sqlite3, which cannot register a collation) sorts and indexes text by this key.
 */
export function swedishSortKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[åäæöøü]/g, (letter) => SWEDISH_LETTERS[letter])
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

import { QueryFailedError } from 'typeorm';

/** The drivers' codes for a row that breaks a unique key: MariaDB/MySQL (mysql2) and SQLite (better-sqlite3). */
const UNIQUE_VIOLATION_CODES = new Set(['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

/** True when a statement failed because a row with the same unique key exists, on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && UNIQUE_VIOLATION_CODES.has((error.driverError as { code?: string } | undefined)?.code ?? '');
}

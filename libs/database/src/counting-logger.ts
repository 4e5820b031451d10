import type { Logger } from 'typeorm';

/**
 * Counts every SQL statement a data source sends, so tests and benchmarks can prove that the number
 * of statements per GraphQL request stays flat as data grows. Logs errors and warnings only.
 */
export class CountingLogger implements Logger {
  statements = 0;

  logQuery(): void {
    this.statements += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    this.statements += 1;
    if (process.env.BT_LOG_SQL_ERRORS === 'true') console.error('SQL-fel:', error, query);
  }

  logQuerySlow(time: number, query: string): void {
    console.warn(`Långsam SQL (${time} ms): ${query.slice(0, 200)}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    if (process.env.BT_LOG_MIGRATIONS === 'true') console.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}

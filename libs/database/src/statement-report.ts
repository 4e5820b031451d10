import type { CountingLogger } from './counting-logger';

/** The signal a process answers with its SQL statement count when BT_REPORT_SQL_STATEMENTS=true. */
export const STATEMENT_REPORT_SIGNAL = 'SIGUSR2';
/** How the answer starts on stdout: `bt-sql-statements <subgraph> <count>`. */
export const STATEMENT_REPORT_PREFIX = 'bt-sql-statements';

/**
 * For measurements only (the benchmark runs each service as its own process): with
 * BT_REPORT_SQL_STATEMENTS=true the process prints how many SQL statements the database has sent so far
 * when it gets SIGUSR2. Off (and no signal handler) unless the variable says so.
 */
export function reportStatementsOnSignal(subgraph: string, logger: CountingLogger, env: NodeJS.ProcessEnv = process.env): void {
  if (env.BT_REPORT_SQL_STATEMENTS !== 'true') return;
  process.on(STATEMENT_REPORT_SIGNAL, () => process.stdout.write(`${STATEMENT_REPORT_PREFIX} ${subgraph} ${logger.statements}\n`));
}

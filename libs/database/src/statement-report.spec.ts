import { CountingLogger } from './counting-logger';
import { reportStatementsOnSignal, STATEMENT_REPORT_SIGNAL } from './statement-report';

describe('the SQL statement report for measurements (BT_REPORT_SQL_STATEMENTS)', () => {
  afterEach(() => {
    process.removeAllListeners(STATEMENT_REPORT_SIGNAL);
    jest.restoreAllMocks();
  });

  it('is off unless the variable says true: no signal handler', () => {
    reportStatementsOnSignal('education', new CountingLogger(), {});
    reportStatementsOnSignal('education', new CountingLogger(), { BT_REPORT_SQL_STATEMENTS: '1' });
    expect(process.listenerCount(STATEMENT_REPORT_SIGNAL)).toBe(0);
  });

  it('when on, answers the signal with the subgraph and its count so far on stdout', () => {
    const logger = new CountingLogger();
    const written: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    reportStatementsOnSignal('education', logger, { BT_REPORT_SQL_STATEMENTS: 'true' });
    logger.logQuery();
    logger.logQuery();
    process.emit(STATEMENT_REPORT_SIGNAL);
    expect(written).toEqual(['bt-sql-statements education 2\n']);
  });
});

import type { DataSource, EntityManager } from 'typeorm';

/**
 * TypeORM's better-sqlite3 driver runs every query on one shared connection, so a transaction begun
 * while another is open is refused ("cannot start a transaction within a transaction") or runs inside
 * it, unisolated, counting rows before the other has inserted its own. SQLite allows only one writer
 * anyway, so here
 * `dataSource.transaction` waits for the transaction before it to end, as MariaDB's row locks make
 * concurrent transactions wait there. (Transactions must not begin a new one on the data source
 * inside their callback; they use the manager they are given.)
 */
export function serializeTransactions(dataSource: DataSource): void {
  const manager: EntityManager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let last: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    const next = last.then(() => transaction(...args));
    last = next.catch(() => undefined);
    return next;
  }) as EntityManager['transaction'];
}

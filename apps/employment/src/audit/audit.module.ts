import type { SubgraphModule } from '@bt/subgraph';
import { AuditEvent } from './audit-event.entity';
import { AuditOrigin1767100000000 } from './migrations/1767100000000-audit-origin';

/** The audit log: who read or changed sensitive data (identity numbers, salaries, employment), and when. */
export const auditModule: SubgraphModule = {
  resolvers: [],
  entities: [AuditEvent],
  migrations: [AuditOrigin1767100000000],
};

import type { SubgraphModule } from '@bt/subgraph';
import { AuditEvent } from './audit-event.entity';

/** The audit log: who read or changed sensitive data (identity numbers, salaries, employment), and when. */
export const auditModule: SubgraphModule = {
  resolvers: [],
  entities: [AuditEvent],
  migrations: [],
};

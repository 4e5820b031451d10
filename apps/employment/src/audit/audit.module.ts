import type { SubgraphModule } from '@bt/subgraph';
import { AuditEvent } from './audit-event.entity';
import { AuditEventResolver } from './audit-event.resolver';
import { SignInResolver } from './sign-in.resolver';
import { AuditOrigin1767100000000 } from './migrations/1767100000000-audit-origin';

/** The audit log: who read or changed sensitive data (identity numbers, salaries, employment), and when. */
export const auditModule: SubgraphModule = {
  resolvers: [AuditEventResolver, SignInResolver],
  entities: [AuditEvent],
  migrations: [AuditOrigin1767100000000],
};

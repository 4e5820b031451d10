import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Permission } from '@bt/auth';
import type { Page } from '@bt/subgraph';
import { AuditEvent } from './audit-event.entity';
import { AuditEventPage, AuditEventPageArgs } from './audit-event-page.args';
import { auditEventPage } from './audit-event.service';
import type { EmploymentContext } from '../employment.context';

/** The audit trail, to read only (the Director): the graph has no mutation of it. */
@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Authorized(Permission.READ_AUDIT)
  @Query(() => AuditEventPage, {
    description: 'En sida av granskningsloggen, filtrerad på person, vad det gällde och period. sortField: occurredAt, actorUsername eller action.',
  })
  auditEventPage(@Args(() => AuditEventPageArgs) args: AuditEventPageArgs, @Ctx() { dataSource }: EmploymentContext): Promise<Page<AuditEvent>> {
    return auditEventPage(dataSource, args);
  }
}

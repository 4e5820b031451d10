import type { DataSource } from 'typeorm';
import { fetchPage, pageRequest, type Page } from '@bt/subgraph';
import { AuditEvent } from './audit-event.entity';
import { AUDIT_EVENT_SORTING, type AuditEventPageArgs } from './audit-event-page.args';

/** One page of the audit trail: by person, subject and period; the newest first unless sorted otherwise. */
export function auditEventPage(dataSource: DataSource, args: AuditEventPageArgs): Promise<Page<AuditEvent>> {
  const request = pageRequest(args, AUDIT_EVENT_SORTING);
  const filter = args.filter ?? {};
  const query = dataSource.getRepository(AuditEvent).createQueryBuilder('audit');
  if (filter.personId != null) query.andWhere('audit.actorId = :personId', { personId: filter.personId });
  if (filter.subjectType != null) query.andWhere('audit.entityType = :subjectType', { subjectType: filter.subjectType });
  if (filter.subjectId != null) query.andWhere('audit.entityId = :subjectId', { subjectId: filter.subjectId });
  if (filter.from != null) query.andWhere('audit.occurredAt >= :from', { from: filter.from });
  if (filter.to != null) query.andWhere('audit.occurredAt < :to', { to: filter.to });
  return fetchPage(query, request);
}

import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@bt/auth';
import { AuditEvent } from './audit-event.entity';

export type AuditAction =
  | 'READ_PERSONAL_IDENTITY_NUMBER'
  | 'UPDATE_TRAINEE_EMPLOYMENT'
  // EMP-2: a trainee's salary read or changed (entity: the trainee), a year's guideline set
  | 'READ_TRAINEE_SALARY'
  | 'SET_TRAINEE_SALARY'
  | 'SET_SALARY_GUIDELINE';

/** The audit row for one action by `viewer` (never any of the data itself, e.g. no personal identity number). */
export function auditEvent(viewer: Viewer, action: AuditAction, entityType: string, entityId: string, occurredAt = new Date()): Omit<AuditEvent, 'id'> {
  return { occurredAt, actorId: viewer.id, actorUsername: viewer.username, action, entityType, entityId };
}

/**
 * Records sensitive reads for one request. Reads in the same tick are written with one INSERT, so
 * auditing a list costs one statement, not one per row. (A change writes its `auditEvent` in the
 * change's own transaction.)
 */
export class AuditLog {
  private readonly writer: DataLoader<string, true>;

  constructor(dataSource: DataSource, viewer: Viewer) {
    this.writer = new DataLoader<string, true>(async (keys) => {
      const occurredAt = new Date();
      const events = keys.map((key) => {
        const [action, entityType, entityId] = key.split('|');
        return auditEvent(viewer, action as AuditAction, entityType, entityId, occurredAt);
      });
      await dataSource.getRepository(AuditEvent).insert(events);
      return keys.map(() => true as const);
    });
  }

  record(action: AuditAction, entityType: string, entityId: string): Promise<true> {
    return this.writer.load(`${action}|${entityType}|${entityId}`);
  }
}

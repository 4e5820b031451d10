import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Actor } from '@bt/subgraph';
import { AuditEvent } from './audit-event.entity';

export type AuditAction =
  | 'READ_PERSONAL_IDENTITY_NUMBER'
  // EMP-1: a trainee employed directly (entity: the trainee), a trainee's employment changed
  | 'CREATE_TRAINEE'
  | 'UPDATE_TRAINEE_EMPLOYMENT'
  // EMP-2: a trainee's salary read or changed (entity: the trainee), a year's guideline set
  | 'READ_TRAINEE_SALARY'
  | 'SET_TRAINEE_SALARY'
  | 'SET_SALARY_GUIDELINE'
  // ORG-2: a person's roles changed (old and new roles)
  | 'CHANGE_ROLES'
  // EDU-7: a person's entry in the supervisor register recorded or changed (old and new entry)
  | 'SET_SUPERVISOR_QUALIFICATION'
  // REC-3, REC-5: an applicant's details and merits changed (the fields), a formal requirement recorded
  | 'UPDATE_APPLICATION'
  | 'RECORD_REQUIREMENT'
  // REC-1: a second round for a start term (entity: the round; the reason), a late application admitted (the reason)
  | 'CREATE_SECOND_ROUND'
  | 'ADMIT_LATE_APPLICATION'
  // REC-4, REC-8: a round's ranking or a site's reserve list read (entity: the round)
  | 'READ_RANKING'
  // ABS-10, ABS-11 (GDPR art. 9): the health details of a sick-leave or VAB record read (entity: the absence), a trainee's sick-leave follow-up read (entity: the trainee)
  | 'READ_SICK_LEAVE'
  // ABS-3, ABS-9, ABS-12: an absence applied for, decided (the new status), withdrawn (entity: the absence)
  | 'APPLY_ABSENCE'
  | 'DECIDE_ABSENCE'
  | 'WITHDRAW_ABSENCE'
  // issue 12 part 6: an absence imported from the payroll system's export (entity: the absence)
  | 'IMPORT_ABSENCE'
  // ABS-2: a placement's absence judged (entity: the trainee; the placement and judgement as new value)
  | 'JUDGE_PLACEMENT_ABSENCE'
  // ABS-10, ABS-11: a rehabilitation decision or plan recorded (entity: the trainee)
  | 'RECORD_REHABILITATION_DECISION'
  | 'RECORD_REHABILITATION_PLAN'
  // ABS-5, ABS-6, ABS-7: working time recorded (entity: the trainee; old and new minutes), a quarter reconciled (the site), the split set
  | 'RECORD_EXTRA_HOURS'
  | 'RECONCILE_EXTRA_HOURS'
  | 'RECORD_EXTRA_HOURS_PLAN'
  | 'RECORD_FLEX_BALANCE'
  | 'RECORD_ON_CALL_HOURS'
  | 'SET_ON_CALL_SPLIT'
  // EMP-5: a workplace meeting planned (entity: the meeting), a trainee's attendance recorded (entity: the trainee; the meeting and attendance as new value)
  | 'PLAN_WORKPLACE_MEETING'
  | 'RECORD_MEETING_ATTENDANCE'
  // EMP-6: the exit conversation booked or recorded as held, its notes read (entity: the trainee); the evaluation of BT submitted (entity: the trainee), a cohort's summary read (entity: the cohort)
  | 'BOOK_EXIT_CONVERSATION'
  | 'RECORD_EXIT_CONVERSATION_HELD'
  | 'READ_EXIT_CONVERSATION'
  | 'SUBMIT_BT_EVALUATION'
  | 'READ_BT_EVALUATION_SUMMARY'
  // issue 12 part 6: a month's extra hours imported from time reporting (entity: the trainee)
  | 'IMPORT_EXTRA_HOURS'
  // a person signed in (entity: the person; the sign-in method as new value)
  | 'SIGN_IN'
  // a refused attempt on sensitive data (entity: the operation, e.g. Query.auditEventPage)
  | 'REFUSED';

/** Who did it and from where: the actor of a request (or of a job, without request id and address). */
export type AuditActor = Pick<Actor, 'viewer' | 'requestId' | 'clientAddress'>;

/** What changed, as old and new value (never sensitive data itself, e.g. no personal identity number). */
export interface AuditChange {
  oldValue?: string | null;
  newValue?: string | null;
}

/** The audit row for one action by `actor` (never any of the data itself, e.g. no personal identity number). */
export function auditEvent(
  { viewer, requestId, clientAddress }: AuditActor,
  action: AuditAction,
  entityType: string,
  entityId: string,
  occurredAt = new Date(),
  change: AuditChange = {},
): Omit<AuditEvent, 'id'> {
  return {
    occurredAt,
    actorId: viewer.id,
    actorUsername: viewer.username,
    action,
    entityType,
    entityId,
    oldValue: change.oldValue ?? null,
    newValue: change.newValue ?? null,
    requestId: requestId ?? null,
    clientAddress: clientAddress ?? null,
  };
}

/**
 * Records sensitive reads for one request. Reads in the same tick are written with one INSERT, so
 * auditing a list costs one statement, not one per row. (A change writes its `auditEvent` in the
 * change's own transaction.)
 */
export class AuditLog {
  private readonly writer: DataLoader<string, true>;

  constructor(dataSource: DataSource, actor: AuditActor) {
    this.writer = new DataLoader<string, true>(async (keys) => {
      const occurredAt = new Date();
      const events = keys.map((key) => {
        const [action, entityType, entityId, newValue] = key.split('|');
        return auditEvent(actor, action as AuditAction, entityType, entityId, occurredAt, { newValue: newValue || null });
      });
      await dataSource.getRepository(AuditEvent).insert(events);
      return keys.map(() => true as const);
    });
  }

  /** `detail`: what else the event names, e.g. a refusal's code (kept as its new value). */
  record(action: AuditAction, entityType: string, entityId: string, detail = ''): Promise<true> {
    return this.writer.load(`${action}|${entityType}|${entityId}|${detail}`);
  }
}

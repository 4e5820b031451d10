import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One audited event: who read or changed what (sensitive data, roles, applications), who signed in,
 * who was refused, when, and from which request and client address. Rows are only ever added.
 */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'datetime' })
  occurredAt: Date;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  actorId: string;

  @Column({ type: 'varchar', length: 60 })
  actorUsername: string;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'varchar', length: 60 })
  entityType: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  entityId: string;

  /** A change's value before and after (e.g. the roles), never sensitive data itself. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  oldValue: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  newValue: string | null;

  /** The gateway's request id (`x-request-id`); none for a scheduled job or a command. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId: string | null;

  /** The client's address as the gateway saw it. */
  @Column({ type: 'varchar', length: 45, nullable: true })
  clientAddress: string | null;
}

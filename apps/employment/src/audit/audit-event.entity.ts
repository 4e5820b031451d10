import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One audited access to sensitive data: who read or changed what, and when. */
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
}

import { Column } from 'typeorm';
import type { Actor } from './actor';

/**
 * The columns of an audit row in a feature area's own log (supervision_log, checkpoint_log): when,
 * who (id and username), and from which request and client address (none for a job or a command).
 */
export abstract class ActorRecord {
  @Column({ type: 'datetime', precision: 3 })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 60 })
  actorId: string;

  @Column({ type: 'varchar', length: 60 })
  actorUsername: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  clientAddress: string | null;
}

/** The ActorRecord columns of something `actor` does now. */
export function actorRecord(actor: Actor, occurredAt = new Date()): ActorRecord {
  return {
    occurredAt,
    actorId: actor.viewer.id,
    actorUsername: actor.viewer.username,
    requestId: actor.requestId ?? null,
    clientAddress: actor.clientAddress ?? null,
  };
}

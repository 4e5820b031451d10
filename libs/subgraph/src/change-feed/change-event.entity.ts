import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A subgraph's outbox (its change feed): one row per change of a trainee, written in the transaction of
 * the change, carrying the trainee's whole state then as JSON (education: TraineeEducationState,
 * employment: TraineeEmploymentState). Read in order of position by the other subgraphs' read models.
 */
@Entity('change_event')
export class ChangeEvent {
  /** Increasing in the order the changes were committed (assigned under the lock of change_feed_head). */
  @PrimaryColumn({ type: 'integer' })
  position: number;

  @Index('IDX_change_event_trainee')
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  /** The trainee's state, in JSON. */
  @Column({ type: 'text' })
  state: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}

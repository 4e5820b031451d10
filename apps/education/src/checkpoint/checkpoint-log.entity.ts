import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ActorRecord } from '@bt/subgraph';

/** What was done with a checkpoint: recorded, corrected, a handover recorded, or an attempt to change a record refused. */
export type CheckpointAction = 'RECORD_CHECKPOINT' | 'CORRECT_CHECKPOINT' | 'RECORD_HANDOVER' | 'REFUSED_CHANGE';

/**
 * EDU-8: the audit trail of checkpoints and handovers: who did what, when, from which request and
 * address; a refused attempt to change a recorded checkpoint with the refusal's code. Never changed.
 */
@Entity('checkpoint_log')
@Index('IDX_checkpoint_log_trainee', ['traineeId', 'occurredAt'])
export class CheckpointLog extends ActorRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 30 })
  action: CheckpointAction;

  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'varchar', length: 40 })
  checkpointKey: string;

  /** The record or handover written, or the record a refused attempt named. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  recordId: string | null;

  /** A refusal's code. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  refusal: string | null;
}

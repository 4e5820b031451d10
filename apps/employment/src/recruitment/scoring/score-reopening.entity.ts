import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * REC-4: the Director reopened a member's submitted scores for an application: who, when, and the state
 * before (when the member had submitted). The scores themselves stay; their later changes go to score_audit.
 */
@Entity('score_reopening')
export class ScoreReopening {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'datetime' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 36 })
  actorId: string;

  @Column({ type: 'varchar', length: 60 })
  actorUsername: string;

  @Index('IDX_score_reopening_application')
  @Column({ type: 'varchar', length: 36 })
  applicationId: string;

  /** The member whose scores were reopened. */
  @Column({ type: 'varchar', length: 36 })
  personId: string;

  /** The old state: when the member had submitted the scores now reopened. */
  @Column({ type: 'datetime' })
  submittedAt: Date;
}

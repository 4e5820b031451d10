import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** REC-4: every change of a score: who, when, the old and the new value (and comment). */
@Entity('score_audit')
export class ScoreAudit {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'datetime' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 36 })
  actorId: string;

  @Column({ type: 'varchar', length: 60 })
  actorUsername: string;

  @Column({ type: 'varchar', length: 36 })
  scoreId: string;

  @Index('IDX_score_audit_application')
  @Column({ type: 'varchar', length: 36 })
  applicationId: string;

  @Column({ type: 'varchar', length: 36 })
  criterionId: string;

  /** Empty when the score was first set. */
  @Column({ type: 'int', nullable: true })
  oldValue: number | null;

  @Column({ type: 'int' })
  newValue: number;

  @Column({ type: 'text', nullable: true })
  oldComment: string | null;

  @Column({ type: 'text', nullable: true })
  newComment: string | null;
}

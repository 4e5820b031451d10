import { Column, Entity, PrimaryColumn } from 'typeorm';

/** REC-4: a panel member has submitted their scores for an application; from then on they see the panel's aggregate. */
@Entity('score_submission')
export class ScoreSubmission {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  applicationId: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  personId: string;

  @Column({ type: 'datetime' })
  submittedAt: Date;
}

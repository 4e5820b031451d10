import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EmploymentForm, SiteCode } from '@bt/domain';

/** A trainee's employment as employment's change feed last told it (read model; employment owns trainees): what the plan is made within. */
@Entity('read_trainee')
export class ReadTrainee {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  traineeId: string;

  /** EDU-2: the main site, whose template the draft follows. */
  @Column({ type: 'varchar', length: 36 })
  siteId: string;

  @Column({ type: 'varchar', length: 20 })
  siteCode: SiteCode;

  @Column({ type: 'varchar', length: 36 })
  cohortId: string;

  @Column({ type: 'varchar', length: 20 })
  employmentForm: EmploymentForm;

  /** EMP-1: the BT period (for an integrated BT its BT part), inclusive. */
  @Column({ type: 'date' })
  btStart: string;

  @Column({ type: 'date' })
  btEnd: string;

  /** Whether the employment had not ended on the day of the change that employment published last. */
  @Column({ type: 'boolean' })
  employed: boolean;
}

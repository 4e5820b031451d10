import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum JobOutcome {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** One run of a job for a day: when, by which runner, how it ended and what it said. */
@Entity('job_run')
@Index('IDX_job_run_job_day', ['job', 'day'])
export class JobRun {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  job: string;

  /** The day (Europe/Stockholm) the run is for. */
  @Column({ type: 'date' })
  day: string;

  /** The runner (replica) that ran it. */
  @Column({ type: 'varchar', length: 100 })
  holder: string;

  @Column({ type: 'datetime' })
  startedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'varchar', length: 20 })
  outcome: JobOutcome;

  /** The job's summary, or the error when it failed. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  message: string | null;
}

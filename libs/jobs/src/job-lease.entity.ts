import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who may run a job right now: one row per job. A runner takes the lease with one conditional UPDATE
 * (free when expired, or already its own), so with several replicas only one runs a tick.
 */
@Entity('job_lease')
export class JobLease {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  holder: string;

  /** Milliseconds since the epoch (an integer compares the same on every engine). */
  @Column({ type: 'bigint' })
  expiresAt: number;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A trainee's main supervisor as education's change feed last told it (read model; EDU-7). */
@Entity('read_main_supervision')
export class ReadMainSupervision {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  traineeId: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Index('IDX_read_main_supervision_supervisor')
  supervisorId: string;

  @Column({ type: 'date' })
  fromDate: string;
}

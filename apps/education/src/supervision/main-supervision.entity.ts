import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The trainee's main supervisor (HHL), who follows them through all of BT (ORG-2, EDU-7). */
@Entity('main_supervision')
export class MainSupervision {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  traineeId: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  supervisorId: string;

  @Column({ type: 'date' })
  fromDate: string;
}

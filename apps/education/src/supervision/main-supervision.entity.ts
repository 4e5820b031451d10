import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

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

  /** Raised by each change; a change names the version it read (no lost writes). */
  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}

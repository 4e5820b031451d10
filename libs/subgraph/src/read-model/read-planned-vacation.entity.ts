import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** ABS-4: a trainee's planned vacation as education's change feed last told it (read model; the block schedule). */
@Entity('read_planned_vacation')
export class ReadPlannedVacation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('IDX_read_planned_vacation_trainee')
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'date' })
  startDate: string;

  /** Inclusive last day. */
  @Column({ type: 'date' })
  endDate: string;
}

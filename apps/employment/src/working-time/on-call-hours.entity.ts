import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Trainee } from '../trainee/trainee.entity';

/** ABS-5: on-call compensation earned in a placement (education's placement, by id) and the compensation leave taken in it, in whole minutes. */
@Entity('on_call_hours')
export class OnCallHours {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  placementId: string;

  @ForeignKey(() => Trainee)
  @Index('IDX_on_call_hours_trainee')
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'integer' })
  earnedMinutes: number;

  @Column({ type: 'integer' })
  takenMinutes: number;

  @Column({ type: 'varchar', length: 36 })
  recordedById: string;

  @Column({ type: 'datetime', precision: 3 })
  recordedAt: Date;
}

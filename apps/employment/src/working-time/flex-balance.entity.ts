import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Trainee } from '../trainee/trainee.entity';

/** ABS-7: a trainee's flexitime balance at the end of a placement (education's placement, by id), as HR records it from the clinic's flex system. */
@Entity('flex_balance')
export class FlexBalance {
  /** The placement's id: one balance per placement. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  placementId: string;

  @ForeignKey(() => Trainee)
  @Index('IDX_flex_balance_trainee')
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  /** Whole minutes; negative for a debt. */
  @Column({ type: 'integer' })
  closingMinutes: number;

  @Column({ type: 'varchar', length: 36 })
  recordedById: string;

  @Column({ type: 'datetime', precision: 3 })
  recordedAt: Date;
}

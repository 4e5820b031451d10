import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How far a read model has come in its feed: the last applied position, written in the same transaction
 * as the rows it applied, and the lag of the newest applied event (README, "Läsmodeller mellan delgrafer").
 */
@Entity('read_model_cursor')
export class ReadModelCursor {
  /** The feed, e.g. `education`. */
  @PrimaryColumn({ type: 'varchar', length: 50 })
  feed: string;

  @Column({ type: 'integer' })
  position: number;

  /** When the newest applied event was committed at its source. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  newestEventAt: Date | null;

  /** When it was applied here; minus newestEventAt, the lag. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  appliedAt: Date | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last position handed out in a subgraph's change feed. A writer moves it in its own transaction,
 * which holds the row's lock until it commits, so positions are handed out in the order of commits and
 * a consumer reading after a position never misses an event committed later with a lower one.
 */
@Entity('change_feed_head')
export class ChangeFeedHead {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  feed: string;

  @Column({ type: 'integer' })
  position: number;
}

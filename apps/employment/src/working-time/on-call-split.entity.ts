import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The key of the region's own split (a site's overrides it). */
export const REGION_SPLIT_KEY = 'REGION';

/** ABS-5: the paid share of on-call compensation for the region (key REGION) or one site (key: the site's id); without one, 30 %. */
@Entity('on_call_split')
@ObjectType({ description: 'ABS-5: hur jourkompensationen delas för regionen eller en huvudort: andel som betalas ut, resten blir ledighet.' })
export class OnCallSplitSetting {
  /** REGION, or a site's id. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'REGION för hela regionen, annars huvudortens id.' })
  scope: string;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'Procent som betalas ut (resten tas ut som jourkompledighet).' })
  paidPercent: number;

  @Column({ type: 'varchar', length: 36 })
  setById: string;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'När fördelningen senast ändrades (UTC).' })
  setAt: Date;
}

import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';
import { Site } from '../site/site.entity';

/** ABS-6: HR's reconciliation of a site's extra hours for a quarter; once per site and quarter. */
@Entity('extra_hours_reconciliation')
@Unique('UQ_extra_hours_reconciliation_site_quarter', ['siteId', 'year', 'quarter'])
@ObjectType({ description: 'ABS-6: HR:s kvartalsavstämning av ATL-tiden för en huvudort.' })
export class ExtraHoursReconciliation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => Site)
  @Column({ type: 'varchar', length: 36 })
  siteId: string;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'Kalenderåret.' })
  year: number;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'Kvartalet, 1–4.' })
  quarter: number;

  @Column({ type: 'varchar', length: 36 })
  reconciledById: string;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'När kvartalet stämdes av (UTC).' })
  reconciledAt: Date;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'Antal BT-läkare på huvudorten över gränserna när kvartalet stämdes av.' })
  flaggedCount: number;
}

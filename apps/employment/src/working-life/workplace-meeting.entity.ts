import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { DateScalar } from '@bt/subgraph';
import { Site } from '../site/site.entity';

/** EMP-5: one workplace meeting (APT) of a site, held together with the AT doctors; planned by the (deputy) Director or admin support. */
@Entity('workplace_meeting')
@Index('IDX_workplace_meeting_site_term', ['siteId', 'term', 'date'])
@ObjectType({ description: 'EMP-5: en arbetsplatsträff (APT) på en huvudort, gemensam med AT-läkarna.' })
export class WorkplaceMeeting {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => Site)
  @Column({ type: 'varchar', length: 36 })
  siteId: string;

  /** The term of `date` (VT2026, HT2026), kept for the per-term list. */
  @Column({ type: 'varchar', length: 6 })
  @Field(() => String, { description: 'Terminen träffen hör till: VT (januari–juni) eller HT (juli–december) och året, t.ex. HT2026.' })
  term: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Dagen för träffen.' })
  date: string;

  @Column({ type: 'varchar', length: 5 })
  @Field(() => String, { description: 'Starttid, TT:MM.' })
  startTime: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Rubrik.' })
  title: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  @Field(() => String, { nullable: true, description: 'Dagordning.' })
  agenda: string | null;

  @Column({ type: 'varchar', length: 36 })
  plannedById: string;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'När träffen planerades (UTC).' })
  plannedAt: Date;
}

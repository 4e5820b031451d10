import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, PrimaryColumn, VersionColumn } from 'typeorm';
import { DateScalar } from '@bt/subgraph';
import { Site } from '../site/site.entity';

/** Trainees starting together at a site, e.g. "VT 2027 Växjö". */
@Entity('cohort')
@ObjectType({ description: 'Kull: BT-läkare som börjar samtidigt på en huvudort.' })
@Directive('@key(fields: "id")')
export class Cohort {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  /** Checked on every write from a form and raised by each write (TypeORM's version column); stale → CONFLICT. */
  @VersionColumn({ type: 'integer', default: 1 })
  @Field(() => Int, { description: 'Versionen som lästes; skickas med vid ändring. Har någon annan ändrat posten under tiden nekas ändringen (CONFLICT).' })
  version: number;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String)
  name: string;

  @ForeignKey(() => Site)
  @Column({ type: 'varchar', length: 36 })
  siteId: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar)
  startDate: string;
}

import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * A goal (delmål) of a goal framework (målbeskrivning). Goals are versioned reference data: a new
 * framework adds new rows, and whatever was recorded against an older one keeps pointing at it.
 */
@Entity('goal')
@Unique(['frameworkVersion', 'code'])
@ObjectType({ description: 'Delmål i bastjänstgöringen (BT1–BT18).' })
@Directive('@key(fields: "id")')
export class Goal {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => String, { description: 'Kod, t.ex. BT1.' })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String)
  title: string;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => String, { description: 'Målbeskrivningen delmålet hör till, t.ex. HSLF-FS 2021:8.' })
  frameworkVersion: string;

  @Column({ type: 'int' })
  @Field(() => Int)
  sortOrder: number;
}

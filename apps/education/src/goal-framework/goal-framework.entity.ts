import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A published goal framework (målbeskrivning). The newest one is current; none is ever changed. */
@Entity('goal_framework')
@ObjectType({ description: 'Publicerad målbeskrivning. Den senast publicerade gäller; en publicerad version ändras aldrig.' })
export class GoalFramework {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  @Field(() => String)
  frameworkVersion: string;

  @Column({ type: 'datetime' })
  @Field(() => Date)
  publishedAt: Date;

  /** Null for the regulation loaded with the system. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  publishedById: string | null;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** REC-2: how many positions (block) a round advertises at one main site. */
@Entity('round_position')
@ObjectType('RoundPositions', { description: 'REC-2: antal platser (block) med en huvudort.' })
export class RoundPosition {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  roundId: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  siteId: string;

  @Column({ type: 'int' })
  @Field(() => Int)
  count: number;
}

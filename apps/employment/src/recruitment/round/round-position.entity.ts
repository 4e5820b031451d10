import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { RecruitmentRound } from './recruitment-round.entity';
import { Site } from '../../site/site.entity';

/** REC-2: how many positions (block) a round advertises at one main site. */
@Entity('round_position')
@ObjectType('RoundPositions', { description: 'REC-2: antal platser (block) med en huvudort.' })
export class RoundPosition {
  @ForeignKey(() => RecruitmentRound, { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  roundId: string;

  @ForeignKey(() => Site)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  siteId: string;

  @Column({ type: 'int' })
  @Field(() => Int)
  count: number;
}

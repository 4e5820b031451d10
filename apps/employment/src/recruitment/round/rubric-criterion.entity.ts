import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { RecruitmentRound } from './recruitment-round.entity';

/** REC-4: one criterion of a round's scoring rubric, with its weight and scale. */
@Entity('rubric_criterion')
@ObjectType({ description: 'Bedömningskriterium (REC-4) med vikt och skala.' })
export class RubricCriterion {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => RecruitmentRound, { onDelete: 'CASCADE' })
  @Index('IDX_rubric_criterion_round')
  @Column({ type: 'varchar', length: 36 })
  roundId: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String)
  name: string;

  @Column({ type: 'double' })
  @Field(() => Float, { description: 'Vikt, större än 0; vikterna behöver inte summera till 1 (de normeras i beräkningen).' })
  weight: number;

  @Column({ type: 'int' })
  @Field(() => Int)
  scaleMin: number;

  @Column({ type: 'int' })
  @Field(() => Int)
  scaleMax: number;

  @Column({ type: 'int' })
  @Field(() => Int)
  sortOrder: number;
}

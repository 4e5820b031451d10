import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Application } from '../application/application.entity';
import { Person } from '../../person/person.entity';
import { RubricCriterion } from '../round/rubric-criterion.entity';

/** REC-4: one panel member's value for one criterion of one application. */
@Entity('score')
@Index('UQ_score_member_criterion', ['applicationId', 'personId', 'criterionId'], { unique: true })
@ObjectType({ description: 'En ledamots poäng på ett kriterium för en ansökan (REC-4).' })
export class Score {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => Application)
  @Column({ type: 'varchar', length: 36 })
  applicationId: string;

  /** The panel member (a person) who scored. */
  @ForeignKey(() => Person)
  @Column({ type: 'varchar', length: 36 })
  personId: string;

  @ForeignKey(() => RubricCriterion)
  @Column({ type: 'varchar', length: 36 })
  criterionId: string;

  @Column({ type: 'int' })
  @Field(() => Int)
  value: number;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  comment: string | null;

  @Column({ type: 'datetime' })
  @Field(() => Date)
  updatedAt: Date;
}

import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Trainee } from '../trainee/trainee.entity';

/** ABS-11: the (deputy) Director's decision, after repeated short-term sick leave, whether rehabilitation starts. Health data. */
@Entity('rehabilitation_decision')
@Index('IDX_rehabilitation_decision_trainee', ['traineeId'])
@ObjectType({
  description: 'ABS-11: (biträdande) AT/BT-chefens beslut efter upprepad korttidsfrånvaro om ett rehabiliteringsarbete ska inledas. Hälsouppgift.',
})
export class RehabilitationDecision {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => Trainee)
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Om ett rehabiliteringsarbete inleds.' })
  startsRehabilitation: boolean;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 36 })
  decidedById: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String)
  decidedByName: string;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date)
  decidedAt: Date;
}

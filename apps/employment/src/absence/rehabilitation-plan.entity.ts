import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Trainee } from '../trainee/trainee.entity';

/** ABS-10: the individual rehabilitation plan at long-term absence, with its participants. Health data. */
@Entity('rehabilitation_plan')
@Index('IDX_rehabilitation_plan_trainee', ['traineeId'])
@ObjectType({
  description:
    'ABS-10: individuell rehabiliteringsplan vid långtidsfrånvaro, upplagd i samverkan (HR, (bitr.) AT/BT-chef, klinikledning, handledare, BT-läkare, studierektor m.fl.). Hälsouppgift.',
})
export class RehabilitationPlan {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => Trainee)
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  /** The participants as a JSON array of names/roles. */
  @Column({ type: 'varchar', length: 4000 })
  participants: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 36 })
  recordedById: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String)
  recordedByName: string;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date)
  recordedAt: Date;
}

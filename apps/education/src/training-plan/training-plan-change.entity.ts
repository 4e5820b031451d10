import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TrainingPlanAction } from '@bt/domain';

/** EDU-5: one change of a trainee's plan: who, when, what (in Swedish) and why; the plan's log and audit trail. */
@Entity('training_plan_change')
@Index('IDX_training_plan_change_trainee', ['traineeId', 'version'])
@ObjectType({ description: 'EDU-5: en ändring av utbildningsplanen: vem, när, vad och varför.' })
export class TrainingPlanChange {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'Planens version efter ändringen.' })
  version: number;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => TrainingPlanAction)
  action: TrainingPlanAction;

  @Column({ type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'Placeringen ändringen gällde, om någon.' })
  placementId: string | null;

  @Column({ type: 'varchar', length: 500 })
  @Field(() => String, { description: 'Vad som ändrades.' })
  summary: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, { nullable: true, description: 'EDU-2: skälet till ändringen, när det angavs.' })
  reason: string | null;

  /** Null for a change no person made: the draft made automatically at employment. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  changedById: string | null;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'När (UTC).' })
  changedAt: Date;
}

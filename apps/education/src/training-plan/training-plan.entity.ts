import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, Unique, VersionColumn } from 'typeorm';
import { TrainingPlanStatus } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';

/**
 * EDU-5: a trainee's individual training plan (IUP): its service plan is the trainee's placements and
 * planned vacation; this row carries the plan's version (every change names the version it read),
 * whether the director of studies has confirmed it, and the reason recorded for a confirmed deviation.
 */
@Entity('training_plan')
@Unique('UQ_training_plan_trainee', ['traineeId'])
@ObjectType({ description: 'EDU-5: BT-läkarens individuella utbildningsplan (tjänstgöringsplanen: placeringar och planerad semester).' })
@Directive('@key(fields: "id")')
export class TrainingPlan {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @VersionColumn({ type: 'integer', default: 1 })
  @Field(() => Int, {
    description: 'Versionen som lästes; skickas med vid varje ändring av planen. Har någon annan ändrat planen under tiden nekas ändringen (CONFLICT).',
  })
  version: number;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => TrainingPlanStatus)
  status: TrainingPlanStatus;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'När planen senast fastställdes (UTC); tom för ett utkast.' })
  confirmedAt: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  confirmedById: string | null;

  /** ACC-1–ACC-3: the day the plan was made (the draft); no access task is due before it. Null for a plan made before the day was kept. */
  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Dagen planen gjordes (utkastet). Uppgifter före BT som förföll före den dagen behövs inte.' })
  draftedOn: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, { nullable: true, description: 'EDU-2: skälet till avvikelserna från mallen när planen fastställdes.' })
  deviationReason: string | null;
}

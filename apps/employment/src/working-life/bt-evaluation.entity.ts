import { Field, Int, ObjectType } from 'type-graphql';
import { btEvaluationScoreDescription } from '@bt/domain';
import { Column, Entity, ForeignKey, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { Cohort } from '../cohort/cohort.entity';
import { Trainee } from '../trainee/trainee.entity';

/**
 * EMP-6: the trainee's evaluation of BT, one per trainee: six scores 1–5 and a free text, editable until
 * submitted, then locked. Only the trainee reads it; others see the cohort's anonymous summary.
 */
@Entity('bt_evaluation')
@Index('IDX_bt_evaluation_cohort', ['cohortId', 'submittedAt'])
@ObjectType({ description: 'EMP-6: BT-läkarens egen utvärdering av BT (betyg 1–5 och fritext). Syns bara för BT-läkaren själv; låst när den skickats in.' })
export class BtEvaluation {
  @ForeignKey(() => Trainee)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  traineeId: string;

  @ForeignKey(() => Cohort)
  @Column({ type: 'varchar', length: 36 })
  cohortId: string;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: btEvaluationScoreDescription('introduction') })
  introduction: number | null;

  @Column({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: btEvaluationScoreDescription('supervision') })
  supervision: number | null;

  @Column({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: btEvaluationScoreDescription('placements') })
  placements: number | null;

  @Column({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: btEvaluationScoreDescription('teaching') })
  teaching: number | null;

  @Column({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: btEvaluationScoreDescription('workload') })
  workload: number | null;

  @Column({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: btEvaluationScoreDescription('overall') })
  overall: number | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  @Field(() => String, { nullable: true, description: 'Fritext: vad som var bra och vad som kan bli bättre.' })
  freeText: string | null;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'Senast sparad (UTC).' })
  updatedAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'När utvärderingen skickades in (UTC); därefter är den låst.' })
  submittedAt: Date | null;
}

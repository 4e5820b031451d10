import { Column, Entity, PrimaryColumn } from 'typeorm';

/** EDU-5: the status of a trainee's training plan as education's change feed last told it (read model); no row: no plan (or not told yet). */
@Entity('read_training_plan')
export class ReadTrainingPlan {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  traineeId: string;

  /** DRAFT or CONFIRMED (TrainingPlanStatus of @bt/domain). */
  @Column({ type: 'varchar', length: 20 })
  status: string;
}

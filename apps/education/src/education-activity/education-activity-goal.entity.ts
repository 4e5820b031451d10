import { Entity, Index, PrimaryColumn } from 'typeorm';

/** EDU-5: a goal (BT1–BT18 of the framework in force) an education activity serves. */
@Entity('education_activity_goal')
export class EducationActivityGoal {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  activityId: string;

  @Index('IDX_education_activity_goal_goal')
  @PrimaryColumn({ type: 'varchar', length: 36 })
  goalId: string;
}

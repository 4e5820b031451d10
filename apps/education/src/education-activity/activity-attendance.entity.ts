import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AttendanceStatus } from '@bt/domain';

/** EDU-5, EDU-6: whether a trainee attended an activity, as the planner recorded it. */
@Entity('activity_attendance')
@Index('IDX_activity_attendance_trainee', ['traineeId'])
@ObjectType({ description: 'EDU-6: en BT-läkares närvaro vid en utbildningsaktivitet.' })
export class ActivityAttendance {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  activityId: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => AttendanceStatus)
  status: AttendanceStatus;

  @Column({ type: 'varchar', length: 36 })
  recordedById: string;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'När närvaron registrerades (UTC).' })
  recordedAt: Date;
}

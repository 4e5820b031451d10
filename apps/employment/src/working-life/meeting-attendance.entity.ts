import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { Trainee } from '../trainee/trainee.entity';
import { WorkplaceMeeting } from './workplace-meeting.entity';

/** EMP-5: whether one trainee of the site was at a workplace meeting, with the reason when not; one row per meeting and trainee. */
@Entity('meeting_attendance')
@Unique('UQ_meeting_attendance_meeting_trainee', ['meetingId', 'traineeId'])
@ObjectType({ description: 'EMP-5: en BT-läkares närvaro på en arbetsplatsträff.' })
export class MeetingAttendance {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => WorkplaceMeeting)
  @Column({ type: 'varchar', length: 36 })
  meetingId: string;

  @ForeignKey(() => Trainee)
  @Index('IDX_meeting_attendance_trainee')
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Om BT-läkaren var med.' })
  present: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Skälet till frånvaron (bara när BT-läkaren inte var med).' })
  reason: string | null;

  @Column({ type: 'varchar', length: 36 })
  recordedById: string;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'När närvaron registrerades (UTC).' })
  recordedAt: Date;
}

import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Application } from '../application/application.entity';
import { RecruitmentRound } from '../round/recruitment-round.entity';

/** REC-6: a time on one of the round's interview days; it holds at most one application. */
@Entity('interview_slot')
@ObjectType({ description: 'Intervjutid (REC-6); högst en ansökan per tid.' })
export class InterviewSlot {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => RecruitmentRound)
  @Index('IDX_interview_slot_round')
  @Column({ type: 'varchar', length: 36 })
  roundId: string;

  @Column({ type: 'datetime' })
  @Field(() => Date)
  startsAt: Date;

  @Column({ type: 'datetime' })
  @Field(() => Date)
  endsAt: Date;

  /** REC-6: where the interview is held; two slots in one room never overlap. Null on slots laid out before rooms were recorded. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Lokalen där intervjun hålls.' })
  room: string | null;

  /** The booked application; unique, so that a slot holds one application and an application one slot. */
  @ForeignKey(() => Application)
  @Index('UQ_interview_slot_application', { unique: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  applicationId: string | null;
}

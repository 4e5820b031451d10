import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { SylfRequestedBy } from '@bt/domain';
import { Application } from '../application/application.entity';
import { Person } from '../../person/person.entity';

/** REC-10: a SYLF representative attends this applicant's interview, and why. */
@Entity('sylf_attendance')
@ObjectType({ description: 'REC-10: en SYLF-representant deltar vid intervjun, på den sökandes önskan eller på SYLFs initiativ med samtycke.' })
export class SylfAttendance {
  @ForeignKey(() => Application)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  applicationId: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => SylfRequestedBy)
  requestedBy: SylfRequestedBy;

  @Column({ type: 'boolean' })
  @Field(() => Boolean)
  applicantConsent: boolean;

  @ForeignKey(() => Person)
  @Column({ type: 'varchar', length: 36 })
  recordedById: string;

  @Column({ type: 'datetime' })
  @Field(() => Date)
  recordedAt: Date;
}

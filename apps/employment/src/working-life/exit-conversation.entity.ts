import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, PrimaryColumn, VersionColumn } from 'typeorm';
import { DateScalar } from '@bt/subgraph';
import { Trainee } from '../trainee/trainee.entity';

/**
 * EMP-6: the exit conversation with the (deputy) Director after BT, one per trainee: booked, then held
 * (only once the trainee's evaluation of BT is submitted). Held is final: it is not recorded again.
 */
@Entity('exit_conversation')
@ObjectType({ description: 'EMP-6: avslutningssamtalet med (biträdande) AT/BT-chef efter BT, där intyget om fullgjord BT undertecknas.' })
export class ExitConversation {
  @ForeignKey(() => Trainee)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  traineeId: string;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Dagen samtalet är bokat till.' })
  bookedFor: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  bookedById: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Dagen samtalet hölls; null tills det registrerats som genomfört.' })
  heldOn: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  heldById: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'När samtalet registrerades som genomfört (UTC).' })
  heldRecordedAt: Date | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  @Field(() => String, { nullable: true, description: 'Anteckningar från samtalet.' })
  notes: string | null;
}

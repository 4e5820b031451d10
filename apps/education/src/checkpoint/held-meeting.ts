import { Field, ID, ObjectType } from 'type-graphql';
import { Column, PrimaryColumn } from 'typeorm';
import { DateScalar } from '@bt/subgraph';

/** EDU-8: what a checkpoint record and a handover both keep: whose, the day it was held, a note, who recorded it and when. */
@ObjectType() // never emitted itself: only the records that extend it are reachable
export abstract class HeldMeeting {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Dagen avstämningen hölls.' })
  heldOn: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 36 })
  recordedById: string;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'När den registrerades (UTC).' })
  recordedAt: Date;
}

import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { DateScalar } from '@bt/subgraph';
import { ExtraHoursFlag } from './extra-hours-flag.entity';

/** ABS-6: the plan the (deputy) Director made with a trainee over the limits: how working time and leave are planned so the limits hold. */
@Entity('extra_hours_plan')
@ObjectType({ description: 'ABS-6: planen som (biträdande) AT/BT-chefen gjort med en BT-läkare över ATL-gränserna.' })
export class ExtraHoursPlan {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => ExtraHoursFlag)
  @Index('IDX_extra_hours_plan_flag')
  @Column({ type: 'varchar', length: 36 })
  flagId: string;

  @Column({ type: 'varchar', length: 2000 })
  @Field(() => String, { description: 'Vad som planerades (arbetstid, ledighet, färre extra pass).' })
  plan: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Dagen planen gjordes med BT-läkaren.' })
  plannedOn: string;

  @Column({ type: 'varchar', length: 36 })
  recordedById: string;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'När planen registrerades (UTC).' })
  recordedAt: Date;
}

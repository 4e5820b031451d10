import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { Trainee } from '../trainee/trainee.entity';

/** ABS-6: a trainee's extra hours (övertid and mertid) in one calendar month, as HR records them; a new figure replaces the month's. */
@Entity('extra_hours_month')
@Unique('UQ_extra_hours_month_trainee_month', ['traineeId', 'month'])
// the quarterly check sums every trainee's months from this index alone (no read of the rows)
@Index('IDX_extra_hours_month_sums', ['traineeId', 'month', 'minutes'])
@ObjectType({ description: 'ABS-6: en BT-läkares extra timmar (övertid och mertid) under en kalendermånad, registrerade av HR.' })
export class ExtraHoursMonth {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => Trainee)
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  /** `YYYY-MM`: sorts and compares as text, so quarters and years are ranges of it. */
  @Column({ type: 'varchar', length: 7 })
  @Field(() => String, { description: 'Månaden, ÅÅÅÅ-MM.' })
  month: string;

  /** Whole minutes (hours are entered in quarter hours). */
  @Column({ type: 'integer' })
  minutes: number;

  /** A person's id (HR); no foreign key, so an import or a command may record too. */
  @Column({ type: 'varchar', length: 36 })
  recordedById: string;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'När månadens timmar senast registrerades (UTC).' })
  recordedAt: Date;

  @Field(() => Float, { description: 'Extra timmar under månaden.' })
  get hours(): number {
    return this.minutes / 60;
  }
}

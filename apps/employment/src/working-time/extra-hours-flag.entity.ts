import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { QUARTER_ALERT_MINUTES } from '@bt/domain';
import { Trainee } from '../trainee/trainee.entity';

/**
 * ABS-6: a trainee over the limits after a quarter (60 h in the quarter, or on course for 250 h in the
 * calendar year), found by the quarterly check or HR's reconciliation; one row per trainee and quarter,
 * so the check can run again without a second row. The Director's list of the quarter reads these.
 */
@Entity('extra_hours_flag')
@Unique('UQ_extra_hours_flag_trainee_quarter', ['traineeId', 'year', 'quarter'])
@Index('IDX_extra_hours_flag_site_quarter', ['siteId', 'year', 'quarter'])
@ObjectType({ description: 'ABS-6: en BT-läkare över ATL-gränserna efter ett kvartal (60 timmar i kvartalet eller på väg mot 250 timmar under kalenderåret).' })
export class ExtraHoursFlag {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @ForeignKey(() => Trainee)
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  /** The trainee's site when flagged (ORG-1: whose Director plans with them). */
  @Column({ type: 'varchar', length: 36 })
  siteId: string;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'Kalenderåret.' })
  year: number;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'Kvartalet, 1–4.' })
  quarter: number;

  @Column({ type: 'integer' })
  quarterMinutes: number;

  /** January up to the quarter's last month. */
  @Column({ type: 'integer' })
  yearMinutes: number;

  /** 1–12: the month the 250 h cap is reached at the rate up to the quarter's end; null when not within the year. */
  @Column({ type: 'integer', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Månaden (1–12) då taket på 250 timmar nås i takten fram till kvartalets slut; null om det inte nås under året.',
  })
  capMonth: number | null;

  /** A person's id, or `system:jobs` for the quarterly check. */
  @Column({ type: 'varchar', length: 36 })
  flaggedById: string;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'När BT-läkaren flaggades (UTC).' })
  flaggedAt: Date;

  @Field(() => Float, { description: 'Extra timmar under kvartalet.' })
  get quarterHours(): number {
    return this.quarterMinutes / 60;
  }

  @Field(() => Float, { description: 'Extra timmar under kalenderåret till och med kvartalets sista månad.' })
  get yearHours(): number {
    return this.yearMinutes / 60;
  }

  @Field(() => Boolean, { description: 'ABS-6: 60 timmar eller fler under kvartalet.' })
  get overQuarterAlert(): boolean {
    return this.quarterMinutes >= QUARTER_ALERT_MINUTES;
  }

  @Field(() => Boolean, { description: 'ABS-6: taket på 250 timmar nås under kalenderåret i nuvarande takt (eller är redan nått).' })
  get onCourseForCap(): boolean {
    return this.capMonth !== null;
  }
}

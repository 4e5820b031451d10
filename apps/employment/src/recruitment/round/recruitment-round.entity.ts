import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { RecruitmentRoundState } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';

/** REC-1: one recruitment round a year, advertised in the autumn for start in week 3 of the spring term. */
@Entity('recruitment_round')
@ObjectType({ description: 'Rekryteringsomgång (REC-1): annons, ansökningar, urval, intervjuer och erbjudanden.' })
@Directive('@key(fields: "id")')
export class RecruitmentRound {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  /** Checked on every write from a form and raised by each write (TypeORM's version column); stale → CONFLICT. */
  @VersionColumn({ type: 'integer', default: 1 })
  @Field(() => Int, { description: 'Versionen som lästes; skickas med vid ändring. Har någon annan ändrat posten under tiden nekas ändringen (CONFLICT).' })
  version: number;

  @Column({ type: 'varchar', length: 150 })
  @Field(() => String)
  name: string;

  @Index('IDX_recruitment_round_state')
  @Column({ type: 'varchar', length: 20 })
  @Field(() => RecruitmentRoundState)
  state: RecruitmentRoundState;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Annonsen publiceras (REC-1: 3–4 veckor före sista ansökningsdag).' })
  advertDate: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar)
  applicationDeadline: string;

  /** REC-6: two or three days, in date order. */
  @Column({ type: 'simple-array' })
  @Field(() => [DateScalar], { description: 'REC-6: två till tre intervjudagar, den första senast en vecka efter sista ansökningsdag.' })
  interviewDays: string[];

  @Index('IDX_recruitment_round_start')
  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'REC-1: BT-starten, måndagen i ISO-vecka 3 på vårterminen efter annonsen.' })
  startDate: string;

  /** REC-1: the Director's reason for a second round with the same BT start (audited); null for the year's one round. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'REC-1: AT/BT-chefens skäl till en andra omgång för samma BT-start; tomt för årets enda omgång.' })
  secondRoundReason: string | null;
}

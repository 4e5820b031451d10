import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { AbsenceDecisionRoute, AbsenceKind, AbsenceStatus } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';
import { Trainee } from '../trainee/trainee.entity';
import { Unit } from '../unit/unit.entity';
import './absence.enums';

/**
 * ABS-1…ABS-12: one absence of a trainee, from its application to its decision. Sick leave and VAB are
 * health data (GDPR art. 9): `kind`, `note` and `decisionReason` reach the graph only through
 * AbsenceResolver, which hides them from those who may not see them and audits every read.
 */
@Entity('absence')
@Index('IDX_absence_trainee', ['traineeId', 'startDate'])
@Index('IDX_absence_applications', ['status', 'decisionRoute', 'decidingUnitId'])
@ObjectType({
  description:
    'Frånvaro för en BT-läkare (ABS-1–ABS-12): ansökan och beslut. Sjukfrånvaro och VAB är hälsouppgifter: typ, anteckning och motivering syns bara för AT/BT-chef, biträdande AT/BT-chef (egen huvudort), HR och verksamhetschefen på den aktuella enheten; andra ser "Frånvaro".',
})
export class Absence {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @VersionColumn({ type: 'integer', default: 1 })
  @Field(() => Int, {
    description: 'Versionen som lästes; skickas med vid beslut och återtagande. Har någon annan ändrat posten under tiden nekas ändringen (CONFLICT).',
  })
  version: number;

  @ForeignKey(() => Trainee)
  @Column({ type: 'varchar', length: 36 })
  traineeId: string;

  /** Health data for SICK_LEAVE and CARE_OF_SICK_CHILD: read through AbsenceResolver.kind. */
  @Column({ type: 'varchar', length: 30 })
  kind: AbsenceKind;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Första dagen.' })
  startDate: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Sista dagen (inräknad).' })
  endDate: string;

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'Omfattning i procent av heltid varje dag, 1–100 (deltid: t.ex. 50).' })
  percent: number;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => AbsenceStatus)
  status: AbsenceStatus;

  /** The applicant's note; health data for sick leave and VAB. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** The trainee (applying for themself) or HR/admin support on their behalf. */
  @Column({ type: 'varchar', length: 36 })
  appliedById: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Den som ansökte: BT-läkaren själv eller HR/administrativt stöd för hens räkning.' })
  appliedByName: string;

  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'När ansökan gjordes (UTC).' })
  appliedAt: Date;

  /** The day of the application by the service's clock: ABS-8's notice is counted from it. */
  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Ansökningsdagen (ABS-8: föräldraledighet söks minst 3 månader före).' })
  appliedOn: string;

  /** ABS-3, ABS-9, ABS-12: who decides: set on application from the placement then, and again on the decision. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  @Field(() => AbsenceDecisionRoute, {
    nullable: true,
    description:
      'ABS-3, ABS-9, ABS-12: vem som beslutar (eller beslutade): verksamhetschefen, verksamhetschefen i vårdvalet via HR/lön, eller AT/BT-chefen. Null när BT-läkaren inte har någon placering att knyta ansökan till.',
  })
  decisionRoute: AbsenceDecisionRoute | null;

  /** ABS-3: the unit whose head decides (the placement covering the first day, else today's). */
  @ForeignKey(() => Unit)
  @Column({ type: 'varchar', length: 36, nullable: true })
  decidingUnitId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  decidedById: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Den som beslutade, eller återtog ansökan; i vårdvalet den på HR/lön som registrerade verksamhetschefens beslut.',
  })
  decidedByName: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'När beslutet fattades eller ansökan återtogs (UTC).' })
  decidedAt: Date | null;

  /** The reason of a refusal or of the Director's individual approval (ABS-9, ABS-12); health data for sick leave and VAB. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  decisionReason: string | null;
}

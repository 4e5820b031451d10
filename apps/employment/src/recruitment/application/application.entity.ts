import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { ApplicationState } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';
import { RecruitmentRound } from '../round/recruitment-round.entity';
import { Person } from '../../person/person.entity';
import { Site } from '../../site/site.entity';

/**
 * An application to a round, imported from the job portal (REC-1). The personal identity number is
 * stored in full and shown masked, as the trainee's; merits (REC-5) are kept as stated.
 */
@Entity('application')
@Index('UQ_application_round_external', ['roundId', 'externalId'], { unique: true })
@ObjectType({ description: 'Ansökan till en rekryteringsomgång, importerad från jobbportalen (REC-1).' })
@Directive('@key(fields: "id")')
export class Application {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  /** Checked on every write from a form and raised by each write (TypeORM's version column); stale → CONFLICT. */
  @VersionColumn({ type: 'integer', default: 1 })
  @Field(() => Int, { description: 'Versionen som lästes; skickas med vid ändring. Har någon annan ändrat posten under tiden nekas ändringen (CONFLICT).' })
  version: number;

  @ForeignKey(() => RecruitmentRound)
  @Column({ type: 'varchar', length: 36 })
  roundId: string;

  @Column({ type: 'varchar', length: 60 })
  @Field(() => String, { description: 'Jobbportalens ansökningsnummer; unikt inom omgången (importen känner igen ansökan på det).' })
  externalId: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String)
  givenName: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String)
  familyName: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  phone: string | null;

  /** YYYYMMDD-XXXX, validated (checksum); never a key. */
  @Column({ type: 'varchar', length: 13 })
  personalIdentityNumber: string;

  @ForeignKey(() => Site)
  @Column({ type: 'varchar', length: 36 })
  preferredSiteId: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar)
  receivedAt: string;

  /** REC-8: the applicant also accepts the other main site. */
  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, {
    description: 'REC-8: den sökande kan tänka sig den andra huvudorten; föreslås från reservlistan när ingen som önskar orten finns kvar.',
  })
  acceptsOtherSite: boolean;

  @Index('IDX_application_state')
  @Column({ type: 'varchar', length: 20 })
  @Field(() => ApplicationState)
  state: ApplicationState;

  @Column({ type: 'int' })
  underlakareMonthsSweden: number;

  @Column({ type: 'int' })
  underlakareMonthsRegion: number;

  @Column({ type: 'text', nullable: true })
  otherHigherEducation: string | null;

  @Column({ type: 'text', nullable: true })
  researchMerits: string | null;

  @Column({ type: 'boolean' })
  doctoralDegree: boolean;

  @Column({ type: 'text', nullable: true })
  earlierEmploymentInRegion: string | null;

  /** REC-1: when the Director admitted a late application into screening (null: on time, or late and not admitted). */
  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'REC-1: när en sen ansökan togs med i urvalet; tomt annars.' })
  lateAdmittedAt: Date | null;

  @ForeignKey(() => Person)
  @Column({ type: 'varchar', length: 36, nullable: true })
  lateAdmittedById: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'REC-1: skälet till att en sen ansökan togs med i urvalet.' })
  lateAdmissionReason: string | null;

  /** REC-6: the day the interview invitation was sent (null: not yet recorded). */
  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'REC-6: dagen kallelsen till intervju skickades; tomt tills den registrerats.' })
  invitationSentOn: string | null;
}

import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, PrimaryColumn, Unique, VersionColumn } from 'typeorm';
import { EmploymentForm } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';
import { Cohort } from '../cohort/cohort.entity';
import { Site } from '../site/site.entity';
import { Unit } from '../unit/unit.entity';

/** A doctor in BT (BT-läkare). The personal identity number is stored in full and shown masked. */
@Entity('trainee')
@Unique('UQ_36f4a15171f3e24aac32d1e3d98', ['username'])
// the list's Swedish name order, per engine (TraineeSwedishNameIndex1768100000000); TypeORM cannot describe it
@Index('IDX_trainee_swedish_name', { synchronize: false })
// the start page's counts per site read this index alone (TraineeSiteDatesIndex1768900000000)
@Index('IDX_trainee_site_dates', ['siteId', 'employmentEnd', 'employmentStart', 'id'])
// the imports from payroll and time reporting look trainees up by personal identity number (TraineeIdentityIndex1769610000000)
@Index('IDX_trainee_personal_identity_number', ['personalIdentityNumber'])
@ObjectType({ description: 'BT-läkare.' })
@Directive('@key(fields: "id")')
export class Trainee {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  /** Checked on every write from a form and raised by each write (TypeORM's version column); stale → CONFLICT. */
  @VersionColumn({ type: 'integer', default: 1 })
  @Field(() => Int, { description: 'Versionen som lästes; skickas med vid ändring. Har någon annan ändrat posten under tiden nekas ändringen (CONFLICT).' })
  version: number;

  @Column({ type: 'varchar', length: 60 })
  username: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String)
  givenName: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String)
  familyName: string;

  /** YYYYMMDD-XXXX, validated (checksum); never a key. */
  @Column({ type: 'varchar', length: 13 })
  personalIdentityNumber: string;

  @ForeignKey(() => Site)
  @Index()
  @Column({ type: 'varchar', length: 36 })
  siteId: string;

  @ForeignKey(() => Cohort)
  @Index()
  @Column({ type: 'varchar', length: 36 })
  cohortId: string;

  @Index('IDX_trainee_start')
  @Column({ type: 'date' })
  @Field(() => DateScalar)
  employmentStart: string;

  @Index('IDX_trainee_end')
  @Column({ type: 'date' })
  @Field(() => DateScalar)
  employmentEnd: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => EmploymentForm)
  employmentForm: EmploymentForm;

  /** EMP-1: the unit of the ST employment of an integrated BT (its head of unit appoints the HHL); null for a separate BT. */
  @ForeignKey(() => Unit)
  @Column({ type: 'varchar', length: 36, nullable: true })
  stUnitId: string | null;
}

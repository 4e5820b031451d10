import { Field, ID, ObjectType, Directive } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EmploymentForm } from '@bt/domain';
import { DateScalar } from '@bt/subgraph';

/** A doctor in BT (BT-läkare). The personal identity number is stored in full and shown masked. */
@Entity('trainee')
@ObjectType({ description: 'BT-läkare.' })
@Directive('@key(fields: "id")')
export class Trainee {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 60, unique: true })
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

  @Index()
  @Column({ type: 'varchar', length: 36 })
  siteId: string;

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
}
